using Microsoft.EntityFrameworkCore;

namespace PdpApi.Data.Seeding;

/// <summary>
/// One table of the seed: the CSV files it reads, the reader that validates them (errors carry file, line and column)
/// and keeps the entities for the tables after it, the entity sets it fills, and how to add its entities.
/// </summary>
internal sealed record SeedTable(
    string Name,
    IReadOnlyList<string> Files,
    Action<SeedReading> Read,
    Action<PdpDbContext, SeedReading> Add,
    IReadOnlyList<Func<PdpDbContext, CancellationToken, Task<int>>> Clear);

/// <summary>What the readers have read so far: each table's entities, by type, for the tables that refer to them.</summary>
internal sealed class SeedReading(string directory, SeedErrors errors)
{
    private readonly Dictionary<Type, object> _rows = [];
    private IReadOnlySet<string>? _sourceIds;

    public string Directory { get; } = directory;
    public SeedErrors Errors { get; } = errors;

    public IReadOnlySet<string> SourceIds => _sourceIds ??= Rows<Source>().Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

    public void Keep<T>(IReadOnlyList<T> rows) where T : class => _rows[typeof(T)] = rows;

    public IReadOnlyList<T> Rows<T>() where T : class =>
        _rows.TryGetValue(typeof(T), out var rows) ? (IReadOnlyList<T>)rows
        : throw new InvalidOperationException($"{typeof(T).Name} is needed before the seed manifest reads it: move its table earlier.");

    public IReadOnlySet<string> Ids<T>(Func<T, string> id) where T : class => Rows<T>().Select(id).ToHashSet(StringComparer.Ordinal);
}

/// <summary>
/// The seed, table by table, in load order: a table's reader may use every table above it. The files the loader
/// accepts, the order it reads and validates them, and the order it empties the database (the reverse, each table's
/// owned rows first) all come from this one list; adding a table is one entry here and one reader.
/// </summary>
internal static class SeedManifest
{
    public static readonly IReadOnlyList<SeedTable> Tables =
    [
        // The citation and the releases fill no table: validated with the rest, read by the API from the seed folder.
        new("release", [ReleaseSeed.CitationFile, ReleaseSeed.ReleasesFile], r => ReleaseSeed.Read(r.Directory, r.Errors), (_, _) => { }, []),
        Simple("sources", "sources.csv", r => SourceSeed.ReadSources(r.Directory, r.Errors), db => db.Sources),
        Simple("source-notes", "source-notes.csv", r => SourceSeed.ReadNotes(r.Directory, r.SourceIds, r.Errors), db => db.TableNotes),
        Simple("clusters", "clusters.csv", r => ClusterSeed.Read(r.Directory, r.SourceIds, r.Errors), db => db.Clusters,
            Clear(db => db.ClusterRegions)),
        Simple("tariff-schedules", ["tariff-schedules.csv", "tariff-schedule-lines.csv"],
            r => TariffSeed.ReadSchedules(r.Directory, r.SourceIds, r.Errors), db => db.TariffSchedules, Clear(db => db.TariffScheduleLines)),
        Simple("sector-protection", "sector-protection.csv", r => TariffSeed.ReadSectorProtection(r.Directory, r.SourceIds, r.Errors), db => db.SectorProtection),
        Simple("sector-groups", "sector-groups.csv", r => TariffStructureSeed.ReadGroups(r.Directory, r.SourceIds, r.Errors), db => db.SectorGroups),
        Simple("tariff-structure", "tariff-structure.csv",
            r => TariffStructureSeed.ReadStructure(r.Directory, r.SourceIds, r.Ids<SectorGroup>(g => g.Id), r.Errors), db => db.TariffStructure),
        Simple("tariff-bands", "tariff-bands.csv",
            r => TariffStructureSeed.ReadBands(r.Directory, r.SourceIds, r.Ids<SectorGroup>(g => g.Id), r.Errors), db => db.TariffBandShares),
        Simple("protection-growth-correlations", "protection-growth-correlations.csv",
            r => TariffStructureSeed.ReadCorrelations(r.Directory, r.SourceIds, r.Errors), db => db.ProtectionGrowthCorrelations),
        Simple("tariff-chronology", "tariff-chronology.csv", r => TariffChronologySeed.ReadChanges(r.Directory, r.SourceIds, r.Errors), db => db.TariffChanges),
        Simple("price-band-products", "price-band-products.csv", r => TariffChronologySeed.ReadProducts(r.Directory, r.SourceIds, r.Errors), db => db.PriceBandProducts,
            Clear(db => db.PriceBandHsProducts)),
        Simple("ntb-countries", "ntb-countries.csv", r => TradeAgreementSeed.ReadNtbCountries(r.Directory, r.SourceIds, r.Errors), db => db.NtbCountries),
        Simple("ntb-types", "ntb-types.csv", r => TradeAgreementSeed.ReadNtbTypes(r.Directory, r.SourceIds, r.Errors), db => db.NtbTypes),
        new("ptas", ["ptas.csv", "pta-events.csv"],
            r =>
            {
                var (ptas, events) = TradeAgreementSeed.ReadPtas(r.Directory, r.SourceIds, r.Errors);
                r.Keep(ptas);
                r.Keep(events);
            },
            // An event of one agreement is added with it; the others (of several agreements, or none) on their own.
            (db, r) =>
            {
                db.Ptas.AddRange(r.Rows<Pta>());
                db.PtaEvents.AddRange(r.Rows<PtaEvent>().Where(e => e.PtaId is null));
            },
            [Clear(db => db.PtaEvents), Clear(db => db.Ptas)]),
        Simple("preference-schemes", "preference-schemes.csv", r => TradeAgreementSeed.ReadSchemes(r.Directory, r.SourceIds, r.Errors), db => db.PreferenceSchemes),
        // The zones come before what names them: quoted figures, free-zone rules, legal events.
        new("free-zones", [ExportIncentiveSeed.ZonesFile],
            r =>
            {
                var (zones, readings) = ExportIncentiveSeed.ReadZones(r.Directory, r.SourceIds, r.Errors);
                r.Keep(zones);
                r.Keep(readings);
            },
            (db, r) =>
            {
                db.Zones.AddRange(r.Rows<Zone>());
                db.FreeZones.AddRange(r.Rows<FreeZone>());
            },
            [Clear(db => db.FreeZones), Clear(db => db.Zones)]),
        Simple("quoted-figures", [.. FigureSeed.FileNames], r => FigureSeed.Read(r.Directory, r.SourceIds, r.Ids<Zone>(z => z.Id), r.Errors),
            db => db.QuotedFigures, Clear(db => db.QuotedFigureZones)),
        Simple("incentive-rules", ["drawback-rules.csv", "free-zone-rules.csv"],
            r => ExportIncentiveSeed.ReadRules(r.Directory, r.SourceIds, r.Ids<Zone>(z => z.Id), r.Errors), db => db.IncentiveRules,
            Clear(db => db.IncentiveRuleZones)),
        Simple("incentive-trade-values", ["drawback-exports.csv", "free-zone-imports.csv"],
            r => ExportIncentiveSeed.ReadTradeValues(r.Directory, r.SourceIds, r.Errors), db => db.IncentiveTradeValues),
        Simple("institutions", "institutions.csv", r => InstitutionSeed.ReadInstitutions(r.Directory, r.SourceIds, r.Errors), db => db.Institutions),
        Simple("economic-failures", "economic-failures.csv", r => InstitutionSeed.ReadFailures(r.Directory, r.SourceIds, r.Errors), db => db.EconomicFailures),
        // The failures an institution addresses and the ministries it answered to are added with the institution.
        Simple("institution-relations", ["institution-failures.csv", "institution-links.csv", "institution-ministries.csv"],
            r => InstitutionSeed.ReadRelations(r.Directory, r.SourceIds, r.Rows<Institution>(), r.Ids<EconomicFailure>(f => f.Id), r.Errors),
            db => db.InstitutionLinks, Clear(db => db.InstitutionMinistries), Clear(db => db.InstitutionFailures)),
        Simple("administrations", "administrations.csv", r => LegalEventSeed.ReadAdministrations(r.Directory, r.SourceIds, r.Errors), db => db.Administrations),
        Simple("legal-events", "legal-events.csv",
            r => LegalEventSeed.ReadEvents(r.Directory, r.SourceIds, r.Ids<Institution>(i => i.Id), r.Ids<Zone>(z => z.Id), r.Rows<Administration>(), r.Errors),
            db => db.LegalEvents, Clear(db => db.LegalEventZones), Clear(db => db.LegalEventSuccessors), Clear(db => db.LegalEventBodies)),
        Simple("institution-figures", [.. InstitutionFigureSeed.FigureFileNames],
            r => InstitutionFigureSeed.Read(r.Directory, r.SourceIds, r.Ids<Institution>(i => i.Id), r.Errors), db => db.InstitutionFigures),
        Simple("survey-respondents", "survey-respondents.csv",
            r => InstitutionFigureSeed.ReadRespondents(r.Directory, r.SourceIds, r.Ids<Institution>(i => i.Id), r.Errors), db => db.SurveyRespondents),
        Simple("beneficiary-firms", "beneficiary-firms.csv",
            r => InstitutionFigureSeed.ReadFirms(r.Directory, r.SourceIds, r.Ids<Institution>(i => i.Id), r.Errors), db => db.BeneficiaryFirms,
            Clear(db => db.BeneficiaryFirmInstitutions)),
        Simple("fdi", FdiSeed.FileName, r => FdiSeed.Read(r.Directory, r.SourceIds, r.Errors), db => db.FdiValues),
        new("cluster-programs", ClusterProgramSeed.FileNames,
            r =>
            {
                var programs = ClusterProgramSeed.Read(r.Directory, r.SourceIds, r.Rows<Cluster>().Select(c => c.Id).ToHashSet(),
                    r.Ids<Institution>(i => i.Id), r.Errors);
                r.Keep(programs.Programs);
                r.Keep(programs.Figures);
                r.Keep(programs.Goals);
            },
            (db, r) =>
            {
                db.ClusterPrograms.AddRange(r.Rows<ClusterProgram>());
                db.ClusterProgramFigures.AddRange(r.Rows<ClusterProgramFigure>());
                db.ClusterProgramGoals.AddRange(r.Rows<ClusterProgramGoal>());
            },
            [Clear(db => db.ClusterProgramGoalClusters), Clear(db => db.ClusterProgramGoals), Clear(db => db.ClusterProgramFigures), Clear(db => db.ClusterProgramClusters), Clear(db => db.ClusterProgramInstitutions), Clear(db => db.ClusterPrograms)]),
        new("series", SeriesSeed.FileNames,
            r =>
            {
                var (series, observations) = SeriesSeed.Read(r.Directory, r.SourceIds, r.Rows<InstitutionFigure>(), r.Errors);
                r.Keep(series);
                r.Keep(observations);
            },
            (db, r) =>
            {
                db.Series.AddRange(r.Rows<StatisticalSeries>());
                db.SeriesObservations.AddRange(r.Rows<SeriesObservation>());
            },
            [Clear(db => db.SeriesObservations), Clear(db => db.Series)]),
    ];

    /// <summary>Every file the loader reads, in manifest order.</summary>
    public static IReadOnlyList<string> Files { get; } = Tables.SelectMany(t => t.Files).ToList();

    /// <summary>
    /// Files of the seed folder that are not data: <c>not-served.csv</c> lists the numbers the paper prints that no record
    /// serves, with the reason, for the test that accounts for every number of the paper.
    /// </summary>
    public static IReadOnlyList<string> NotLoaded { get; } = ["not-served.csv"];

    /// <summary>Reads and validates every table in order; the errors of all files are collected before anything is thrown.</summary>
    public static SeedReading ReadAll(string directory)
    {
        var reading = new SeedReading(directory, new SeedErrors());
        foreach (var path in System.IO.Directory.EnumerateFiles(directory, "*.csv"))
        {
            var name = Path.GetFileName(path);
            if (!Files.Contains(name) && !NotLoaded.Contains(name))
                reading.Errors.Add(name, 0, null, $"unknown seed file; the loader reads: {string.Join(", ", Files)}.");
        }
        foreach (var table in Tables)
            table.Read(reading);
        if (reading.Errors.All.Count > 0)
            throw new SeedValidationException(reading.Errors.All);
        return reading;
    }

    /// <summary>Empties every table the seed fills: the manifest in reverse, each table's owned rows before its own.</summary>
    public static async Task ClearAsync(PdpDbContext db, CancellationToken cancellationToken)
    {
        foreach (var table in Tables.Reverse())
        {
            foreach (var clear in table.Clear)
                await clear(db, cancellationToken);
        }
    }

    public static void AddAll(PdpDbContext db, SeedReading reading)
    {
        foreach (var table in Tables)
            table.Add(db, reading);
    }

    private static SeedTable Simple<T>(string name, string file, Func<SeedReading, IReadOnlyList<T>> read, Func<PdpDbContext, DbSet<T>> set,
        params Func<PdpDbContext, CancellationToken, Task<int>>[] owned) where T : class =>
        Simple(name, [file], read, set, owned);

    private static SeedTable Simple<T>(string name, string[] files, Func<SeedReading, IReadOnlyList<T>> read, Func<PdpDbContext, DbSet<T>> set,
        params Func<PdpDbContext, CancellationToken, Task<int>>[] owned) where T : class =>
        new(name, files, r => r.Keep(read(r)), (db, r) => set(db).AddRange(r.Rows<T>()), [.. owned, Clear(set)]);

    private static Func<PdpDbContext, CancellationToken, Task<int>> Clear<T>(Func<PdpDbContext, DbSet<T>> set) where T : class =>
        (db, cancellationToken) => set(db).ExecuteDeleteAsync(cancellationToken);
}
