using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

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
    /// <summary>Every file the loader reads; any other CSV file in the seed folder is refused.</summary>
    internal static IReadOnlyList<string> KnownFiles => SeedManifest.Files;

    public static async Task<SeedOutcome> LoadAsync(PdpDbContext db, string seedDirectory, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(seedDirectory))
            throw new SeedValidationException([new SeedError(seedDirectory, 0, null, "the seed folder does not exist.")]);

        // The build of the data assembly (the model and this loader) is part of the hash: a release that stores the same
        // seed differently (an enum where a string was) reloads it, rather than reading rows written in the old form.
        // Its module id costs nothing to read, where printing the model cost a tenth of a second on every start.
        var hash = ComputeHash(seedDirectory, typeof(PdpDbContext).Assembly.ManifestModule.ModuleVersionId.ToString());
        var state = await db.SeedStates.AsNoTracking().SingleOrDefaultAsync(s => s.Id == 1, cancellationToken);
        if (state?.ContentHash == hash)
            return SeedOutcome.Unchanged;

        var reading = SeedManifest.ReadAll(seedDirectory);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await SeedManifest.ClearAsync(db, cancellationToken);
            await db.SeedStates.ExecuteDeleteAsync(cancellationToken);
            SeedManifest.AddAll(db, reading);
            CheckLengths(db);
            db.SeedStates.Add(new SeedState { Id = 1, ContentHash = hash, LoadedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        });
        return SeedOutcome.Loaded;
    }

    /// <summary>SHA-256 over the names and bytes of every CSV file in the seed folder (and, when given, the build that stores them).</summary>
    public static string ComputeHash(string seedDirectory, string? build = null)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (build is not null)
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(build + "\n"));
        foreach (var path in Directory.EnumerateFiles(seedDirectory, "*.csv").Order(StringComparer.Ordinal))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(path) + "\n"));
            sha.AppendData(File.ReadAllBytes(path));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>Reads and validates the whole seed without touching a database (tests read the paper's data this way).</summary>
    public static SeedData Parse(string seedDirectory) => SeedData.From(SeedManifest.ReadAll(seedDirectory));

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

/// <summary>The seed as read, grouped by resource family.</summary>
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
    EvidenceData Evidence)
{
    internal static SeedData From(SeedReading r) => new(
        r.Rows<Source>(), r.Rows<TableNote>(), r.Rows<Cluster>(), r.Rows<TariffSchedule>(), r.Rows<SectorProtectionValue>(),
        r.Rows<SectorGroup>(), r.Rows<TariffStructureValue>(), r.Rows<TariffBandShare>(), r.Rows<ProtectionGrowthCorrelation>(),
        r.Rows<TariffChange>(), r.Rows<PriceBandProduct>(),
        new TradeData(r.Rows<NtbCountry>(), r.Rows<NtbType>(), ([.. r.Rows<Pta>()], [.. r.Rows<PtaEvent>()]), r.Rows<PreferenceScheme>(),
            r.Rows<QuotedFigure>(), r.Rows<IncentiveRule>(), r.Rows<IncentiveTradeValue>(), r.Rows<FreeZone>()),
        new InstitutionData(r.Rows<Institution>(), r.Rows<EconomicFailure>(), r.Rows<InstitutionLink>(), r.Rows<Administration>(),
            r.Rows<LegalEvent>(), r.Rows<InstitutionFigure>(), r.Rows<SurveyRespondent>(), r.Rows<BeneficiaryFirm>()),
        new EvidenceData(r.Rows<FdiValue>(),
            new ClusterProgramData(r.Rows<ClusterProgram>(), r.Rows<ClusterProgramFigure>(), r.Rows<ClusterProgramGoal>()),
            r.Rows<StatisticalSeries>(), r.Rows<SeriesObservation>()));
}

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
