using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace PdpApi.Data.Seeding;

public enum SeedOutcome
{
    /// <summary>The seed matched what the database last loaded; nothing was parsed or written.</summary>
    Unchanged,
    /// <summary>The seed was validated and written in one transaction.</summary>
    Loaded,
}

/// <summary>
/// Loads the seed files (the paper's data as CSV) into the database: every file is validated before anything is
/// written, then all tables are replaced in one transaction. A seed whose content hash matches the last load is skipped.
/// </summary>
public static class SeedLoader
{
    internal static readonly string[] KnownFiles =
    [
        "sources.csv", "source-notes.csv", "clusters.csv", "tariff-schedules.csv", "tariff-schedule-lines.csv", "sector-protection.csv",
        "sector-groups.csv", "tariff-structure.csv", "tariff-bands.csv", "protection-growth-correlations.csv",
        "tariff-chronology.csv", "price-band-products.csv", "ntb-countries.csv", "ntb-types.csv", "ptas.csv", "pta-events.csv",
        "preference-schemes.csv", .. FigureSeed.FileNames, .. ExportIncentiveSeed.FileNames, .. InstitutionSeed.FileNames,
        .. LegalEventSeed.FileNames, .. InstitutionFigureSeed.FileNames, FdiSeed.FileName, .. ClusterProgramSeed.FileNames,
        .. SeriesSeed.FileNames,
    ];

    public static async Task<SeedOutcome> LoadAsync(PdpDbContext db, string seedDirectory, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(seedDirectory))
            throw new SeedValidationException([new SeedError(seedDirectory, 0, null, "the seed folder does not exist.")]);

        var hash = ComputeHash(seedDirectory);
        var state = await db.SeedStates.AsNoTracking().SingleOrDefaultAsync(s => s.Id == 1, cancellationToken);
        if (state?.ContentHash == hash)
            return SeedOutcome.Unchanged;

        var data = Parse(seedDirectory);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SeriesObservations.ExecuteDeleteAsync(cancellationToken);
            await db.Series.ExecuteDeleteAsync(cancellationToken);
            await db.ClusterProgramGoals.ExecuteDeleteAsync(cancellationToken);
            await db.ClusterProgramFigures.ExecuteDeleteAsync(cancellationToken);
            await db.ClusterProgramClusters.ExecuteDeleteAsync(cancellationToken);
            await db.ClusterPrograms.ExecuteDeleteAsync(cancellationToken);
            await db.FdiValues.ExecuteDeleteAsync(cancellationToken);
            await db.BeneficiaryFirms.ExecuteDeleteAsync(cancellationToken);
            await db.SurveyRespondents.ExecuteDeleteAsync(cancellationToken);
            await db.InstitutionFigures.ExecuteDeleteAsync(cancellationToken);
            await db.LegalEventBodies.ExecuteDeleteAsync(cancellationToken);
            await db.LegalEvents.ExecuteDeleteAsync(cancellationToken);
            await db.Administrations.ExecuteDeleteAsync(cancellationToken);
            await db.InstitutionMinistries.ExecuteDeleteAsync(cancellationToken);
            await db.InstitutionLinks.ExecuteDeleteAsync(cancellationToken);
            await db.InstitutionFailures.ExecuteDeleteAsync(cancellationToken);
            await db.EconomicFailures.ExecuteDeleteAsync(cancellationToken);
            await db.Institutions.ExecuteDeleteAsync(cancellationToken);
            await db.FreeZones.ExecuteDeleteAsync(cancellationToken);
            await db.IncentiveTradeValues.ExecuteDeleteAsync(cancellationToken);
            await db.IncentiveRules.ExecuteDeleteAsync(cancellationToken);
            await db.QuotedFigures.ExecuteDeleteAsync(cancellationToken);
            await db.PreferenceSchemes.ExecuteDeleteAsync(cancellationToken);
            await db.PtaEvents.ExecuteDeleteAsync(cancellationToken);
            await db.Ptas.ExecuteDeleteAsync(cancellationToken);
            await db.NtbTypes.ExecuteDeleteAsync(cancellationToken);
            await db.NtbCountries.ExecuteDeleteAsync(cancellationToken);
            await db.PriceBandProducts.ExecuteDeleteAsync(cancellationToken);
            await db.TariffChanges.ExecuteDeleteAsync(cancellationToken);
            await db.ProtectionGrowthCorrelations.ExecuteDeleteAsync(cancellationToken);
            await db.TariffBandShares.ExecuteDeleteAsync(cancellationToken);
            await db.TariffStructure.ExecuteDeleteAsync(cancellationToken);
            await db.SectorGroups.ExecuteDeleteAsync(cancellationToken);
            await db.SectorProtection.ExecuteDeleteAsync(cancellationToken);
            await db.TariffScheduleLines.ExecuteDeleteAsync(cancellationToken);
            await db.TariffSchedules.ExecuteDeleteAsync(cancellationToken);
            await db.ClusterRegions.ExecuteDeleteAsync(cancellationToken);
            await db.Clusters.ExecuteDeleteAsync(cancellationToken);
            await db.TableNotes.ExecuteDeleteAsync(cancellationToken);
            await db.Sources.ExecuteDeleteAsync(cancellationToken);
            await db.SeedStates.ExecuteDeleteAsync(cancellationToken);

            db.Sources.AddRange(data.Sources);
            db.TableNotes.AddRange(data.TableNotes);
            db.Clusters.AddRange(data.Clusters);
            db.TariffSchedules.AddRange(data.TariffSchedules);
            db.SectorProtection.AddRange(data.SectorProtection);
            db.SectorGroups.AddRange(data.SectorGroups);
            db.TariffStructure.AddRange(data.TariffStructure);
            db.TariffBandShares.AddRange(data.TariffBandShares);
            db.ProtectionGrowthCorrelations.AddRange(data.ProtectionGrowthCorrelations);
            db.TariffChanges.AddRange(data.TariffChanges);
            db.PriceBandProducts.AddRange(data.PriceBandProducts);
            db.NtbCountries.AddRange(data.Trade.NtbCountries);
            db.NtbTypes.AddRange(data.Trade.NtbTypes);
            db.Ptas.AddRange(data.Trade.Agreements.Ptas);
            db.PtaEvents.AddRange(data.Trade.Agreements.Events.Where(e => e.PtaId is null));
            db.PreferenceSchemes.AddRange(data.Trade.PreferenceSchemes);
            db.QuotedFigures.AddRange(data.Trade.Figures);
            db.IncentiveRules.AddRange(data.Trade.IncentiveRules);
            db.IncentiveTradeValues.AddRange(data.Trade.IncentiveTradeValues);
            db.FreeZones.AddRange(data.Trade.FreeZones);
            db.EconomicFailures.AddRange(data.Institutions.EconomicFailures);
            db.Institutions.AddRange(data.Institutions.Institutions);
            db.InstitutionLinks.AddRange(data.Institutions.Links);
            db.Administrations.AddRange(data.Institutions.Administrations);
            db.LegalEvents.AddRange(data.Institutions.LegalEvents);
            db.InstitutionFigures.AddRange(data.Institutions.Figures);
            db.SurveyRespondents.AddRange(data.Institutions.SurveyRespondents);
            db.BeneficiaryFirms.AddRange(data.Institutions.BeneficiaryFirms);
            db.FdiValues.AddRange(data.Evidence.Fdi);
            db.ClusterPrograms.AddRange(data.Evidence.ClusterPrograms.Programs);
            db.ClusterProgramFigures.AddRange(data.Evidence.ClusterPrograms.Figures);
            db.ClusterProgramGoals.AddRange(data.Evidence.ClusterPrograms.Goals);
            db.Series.AddRange(data.Evidence.Series);
            db.SeriesObservations.AddRange(data.Evidence.Observations);
            CheckLengths(db);
            db.SeedStates.Add(new SeedState { Id = 1, ContentHash = hash, LoadedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        });
        return SeedOutcome.Loaded;
    }

    /// <summary>SHA-256 over the names and bytes of every CSV file in the seed folder.</summary>
    public static string ComputeHash(string seedDirectory)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in Directory.EnumerateFiles(seedDirectory, "*.csv").Order(StringComparer.Ordinal))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(path) + "\n"));
            sha.AppendData(File.ReadAllBytes(path));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public static SeedData Parse(string seedDirectory)
    {
        var errors = new SeedErrors();
        foreach (var path in Directory.EnumerateFiles(seedDirectory, "*.csv"))
        {
            var name = Path.GetFileName(path);
            if (!KnownFiles.Contains(name))
                errors.Add(name, 0, null, $"unknown seed file; the loader reads: {string.Join(", ", KnownFiles)}.");
        }

        var sources = SourceSeed.ReadSources(seedDirectory, errors);
        var sourceIds = sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var notes = SourceSeed.ReadNotes(seedDirectory, sourceIds, errors);
        var clusters = ClusterSeed.Read(seedDirectory, sourceIds, errors);
        var schedules = TariffSeed.ReadSchedules(seedDirectory, sourceIds, errors);
        var protection = TariffSeed.ReadSectorProtection(seedDirectory, sourceIds, errors);
        var groups = TariffStructureSeed.ReadGroups(seedDirectory, sourceIds, errors);
        var groupIds = groups.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        var structure = TariffStructureSeed.ReadStructure(seedDirectory, sourceIds, groupIds, errors);
        var bands = TariffStructureSeed.ReadBands(seedDirectory, sourceIds, groupIds, errors);
        var correlations = TariffStructureSeed.ReadCorrelations(seedDirectory, sourceIds, errors);
        var changes = TariffChronologySeed.ReadChanges(seedDirectory, sourceIds, errors);
        var priceBand = TariffChronologySeed.ReadProducts(seedDirectory, sourceIds, errors);
        var trade = new TradeData(
            TradeAgreementSeed.ReadNtbCountries(seedDirectory, sourceIds, errors),
            TradeAgreementSeed.ReadNtbTypes(seedDirectory, sourceIds, errors),
            TradeAgreementSeed.ReadPtas(seedDirectory, sourceIds, errors),
            TradeAgreementSeed.ReadSchemes(seedDirectory, sourceIds, errors),
            FigureSeed.Read(seedDirectory, sourceIds, errors),
            ExportIncentiveSeed.ReadRules(seedDirectory, sourceIds, errors),
            ExportIncentiveSeed.ReadTradeValues(seedDirectory, sourceIds, errors),
            ExportIncentiveSeed.ReadZones(seedDirectory, sourceIds, errors));

        var institutions = InstitutionSeed.ReadInstitutions(seedDirectory, sourceIds, errors);
        var failures = InstitutionSeed.ReadFailures(seedDirectory, sourceIds, errors);
        var links = InstitutionSeed.ReadRelations(seedDirectory, sourceIds, institutions,
            failures.Select(f => f.Id).ToHashSet(StringComparer.Ordinal), errors);
        var administrations = LegalEventSeed.ReadAdministrations(seedDirectory, sourceIds, errors);
        var legalEvents = LegalEventSeed.ReadEvents(seedDirectory, sourceIds,
            institutions.Select(i => i.Id).ToHashSet(StringComparer.Ordinal), administrations, errors);
        var institutionIds = institutions.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var history = new InstitutionData(institutions, failures, links, administrations, legalEvents,
            InstitutionFigureSeed.Read(seedDirectory, sourceIds, institutionIds, errors),
            InstitutionFigureSeed.ReadRespondents(seedDirectory, sourceIds, institutionIds, errors),
            InstitutionFigureSeed.ReadFirms(seedDirectory, sourceIds, institutionIds, errors));

        var (series, observations) = SeriesSeed.Read(seedDirectory, sourceIds, history.Figures, errors);
        var evidence = new EvidenceData(
            FdiSeed.Read(seedDirectory, sourceIds, errors),
            ClusterProgramSeed.Read(seedDirectory, sourceIds, clusters.Select(c => c.Id).ToHashSet(), institutionIds, errors),
            series,
            observations);

        if (errors.All.Count > 0)
            throw new SeedValidationException(errors.All);
        return new SeedData(sources, notes, clusters, schedules, protection, groups, structure, bands, correlations, changes, priceBand, trade, history, evidence);
    }

    /// <summary>
    /// Rejects a text longer than its column: SQLite would store it, SQL Server would refuse the whole load, so the
    /// embedded store must not accept a seed the production store cannot.
    /// </summary>
    private static void CheckLengths(PdpDbContext db)
    {
        var errors = new List<SeedError>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            var properties = entry.Properties.Select(p => (p.Metadata.Name, p.Metadata.GetMaxLength(), p.CurrentValue))
                .Concat(entry.ComplexProperties.SelectMany(c => c.Properties.Select(p => ($"{c.Metadata.Name}.{p.Metadata.Name}", p.Metadata.GetMaxLength(), p.CurrentValue))));
            foreach (var (name, maxLength, value) in properties)
            {
                if (value is string text && maxLength is { } max && text.Length > max)
                {
                    var key = string.Join(", ", entry.Properties.Where(p => p.Metadata.IsPrimaryKey()).Select(p => p.CurrentValue));
                    errors.Add(new SeedError(entry.Metadata.ClrType.Name, 0, name, $"'{key}': {text.Length} characters, the column holds {max}."));
                }
            }
        }
        if (errors.Count > 0)
            throw new SeedValidationException(errors);
    }

    /// <summary>Records a duplicate-key error when <paramref name="key"/> was seen before in the file.</summary>
    internal static void CheckUnique<TKey>(HashSet<TKey> seen, TKey key, SeedRow row, string column)
    {
        if (!seen.Add(key))
            row.Error(column, $"duplicate key '{key}'.");
    }

    internal static void CheckReference(IReadOnlySet<string> known, string? value, SeedRow row, string column, string target)
    {
        if (value is { Length: > 0 } && !known.Contains(value))
            row.Error(column, $"'{value}' does not match any id in {target}.");
    }
}

public sealed record SeedData(
    IReadOnlyList<Source> Sources,
    IReadOnlyList<TableNote> TableNotes,
    IReadOnlyList<Cluster> Clusters,
    IReadOnlyList<TariffSchedule> TariffSchedules,
    IReadOnlyList<SectorProtectionValue> SectorProtection,
    IReadOnlyList<SectorGroup> SectorGroups,
    IReadOnlyList<TariffStructureValue> TariffStructure,
    IReadOnlyList<TariffBandShare> TariffBandShares,
    IReadOnlyList<ProtectionGrowthCorrelation> ProtectionGrowthCorrelations,
    IReadOnlyList<TariffChange> TariffChanges,
    IReadOnlyList<PriceBandProduct> PriceBandProducts,
    TradeData Trade,
    InstitutionData Institutions,
    EvidenceData Evidence);

/// <summary>FDI (Table 17), the cluster programmes of Section 7 and the statistical series.</summary>
public sealed record EvidenceData(
    IReadOnlyList<FdiValue> Fdi,
    ClusterProgramData ClusterPrograms,
    IReadOnlyList<StatisticalSeries> Series,
    IReadOnlyList<SeriesObservation> Observations);

/// <summary>The institutions, the failures they address, their links, the administrations and the legal events.</summary>
public sealed record InstitutionData(
    IReadOnlyList<Institution> Institutions,
    IReadOnlyList<EconomicFailure> EconomicFailures,
    IReadOnlyList<InstitutionLink> Links,
    IReadOnlyList<Administration> Administrations,
    IReadOnlyList<LegalEvent> LegalEvents,
    IReadOnlyList<InstitutionFigure> Figures,
    IReadOnlyList<SurveyRespondent> SurveyRespondents,
    IReadOnlyList<BeneficiaryFirm> BeneficiaryFirms);

/// <summary>NTBs, preferential trade arrangements, quoted figures and export incentives.</summary>
public sealed record TradeData(
    IReadOnlyList<NtbCountry> NtbCountries,
    IReadOnlyList<NtbType> NtbTypes,
    (List<Pta> Ptas, List<PtaEvent> Events) Agreements,
    IReadOnlyList<PreferenceScheme> PreferenceSchemes,
    IReadOnlyList<QuotedFigure> Figures,
    IReadOnlyList<IncentiveRule> IncentiveRules,
    IReadOnlyList<IncentiveTradeValue> IncentiveTradeValues,
    IReadOnlyList<FreeZone> FreeZones);
