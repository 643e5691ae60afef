using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Data;
using PdpApi.Data.Seeding;

namespace PdpApi.Api.Tests;

public sealed class SeedLoaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pdpapi-seed-tests", Guid.NewGuid().ToString("N"));
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public SeedLoaderTests()
    {
        Directory.CreateDirectory(SeedCopy);
        foreach (var file in Directory.EnumerateFiles(Repository.SeedFolder))
            File.Copy(file, Path.Combine(SeedCopy, Path.GetFileName(file)));
    }

    private string SeedCopy => Path.Combine(_folder, "seed");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private void Edit(string file, Func<string, string> change)
    {
        var path = Path.Combine(SeedCopy, file);
        File.WriteAllText(path, change(File.ReadAllText(path)));
    }

    private SeedError SingleError()
    {
        var exception = Assert.Throws<SeedValidationException>(() => SeedLoader.Parse(SeedCopy));
        return Assert.Single(exception.Errors);
    }

    private PdpDbContext Database()
    {
        var options = new DbContextOptionsBuilder<PdpDbContext>();
        DatabaseServiceCollectionExtensions.Configure(options, DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "seed-test.db")}", _folder);
        var db = new PdpDbContext(options.Options);
        db.Database.Migrate();
        return db;
    }

    [Fact]
    public void The_repository_seed_is_valid()
    {
        var data = SeedLoader.Parse(Repository.SeedFolder);

        Assert.Equal(30, data.Clusters.Count);
        Assert.Contains(data.Sources, s => s.Id == "table-19");
    }

    [Fact]
    public void A_lineage_with_a_cycle_is_refused_at_the_line_that_closes_it()
    {
        var lines = File.ReadAllLines(Path.Combine(SeedCopy, "institution-links.csv")).Length;
        Edit("institution-links.csv", text => text + "promperu-back-to-prompex,promperu,prompex,renamed-to,2008,,,,,,table,true,,table-11,653,,\n");

        var error = SingleError();

        Assert.Equal(("institution-links.csv", lines + 1, "to_id"), (error.File, error.Line, error.Column));
        Assert.Contains("cycle: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_18_component_without_its_own_beneficiaries_is_refused()
    {
        Edit("institution-impacts.csv", text => string.Join('\n', text.Split('\n').Select(line =>
            line.StartsWith("incagro,", StringComparison.Ordinal) && line.Contains(",beneficiaries-count,", StringComparison.Ordinal) && line.EndsWith(",fta", StringComparison.Ordinal)
                ? line[..^"fta".Length]
                : line)));

        var exception = Assert.Throws<SeedValidationException>(() => SeedLoader.Parse(SeedCopy));

        var error = Assert.Single(exception.Errors, e => e.Message.Contains("component 'fta' of incagro", StringComparison.Ordinal));
        Assert.Equal(("institution-impacts.csv", "component"), (error.File, error.Column));
    }

    [Fact]
    public void The_manifest_names_every_seed_file_once_and_each_exists()
    {
        var files = SeedManifest.Files;
        var onDisk = Directory.EnumerateFiles(Repository.SeedFolder, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(files.Count, files.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(onDisk, files.Concat(SeedManifest.NotLoaded).Order(StringComparer.Ordinal));
        Assert.Empty(files.Intersect(SeedManifest.NotLoaded));
    }

    [Fact]
    public async Task A_database_seeded_by_another_build_of_the_data_layer_is_reloaded_although_the_files_are_unchanged()
    {
        await using var db = Database();
        Assert.Equal(SeedOutcome.Loaded, await SeedLoader.LoadAsync(db, SeedCopy, Cancel));
        Assert.Equal(SeedOutcome.Unchanged, await SeedLoader.LoadAsync(db, SeedCopy, Cancel));

        // As an earlier release would have left it: the same files, hashed with another build of the model and loader.
        await db.SeedStates.ExecuteUpdateAsync(s => s.SetProperty(x => x.ContentHash, SeedLoader.ComputeHash(SeedCopy, "an earlier build")), Cancel);

        Assert.Equal(SeedOutcome.Loaded, await SeedLoader.LoadAsync(db, SeedCopy, Cancel));
    }

    [Fact]
    public async Task Reloading_a_changed_seed_empties_every_table_it_fills_first()
    {
        await using var db = Database();
        await SeedLoader.LoadAsync(db, SeedCopy, Cancel);
        var clusters = await db.Clusters.CountAsync(Cancel);
        var regions = await db.ClusterRegions.CountAsync(Cancel);
        Edit("clusters.csv", text => text.Replace("Cheese", "Cheese and butter", StringComparison.Ordinal));

        Assert.Equal(SeedOutcome.Loaded, await SeedLoader.LoadAsync(db, SeedCopy, Cancel));
        Assert.Equal(clusters, await db.Clusters.CountAsync(Cancel));
        Assert.Equal(regions, await db.ClusterRegions.CountAsync(Cancel));
        Assert.Equal("Cheese and butter", (await db.Clusters.SingleAsync(c => c.Id == 1, Cancel)).Outputs);
    }

    [Fact]
    public void An_unknown_column_is_reported_with_file_line_and_column()
    {
        Edit("clusters.csv", text => text.Replace("footnotes,note", "footnotes,note,population", StringComparison.Ordinal));

        var exception = Assert.Throws<SeedValidationException>(() => SeedLoader.Parse(SeedCopy));

        Assert.Contains(exception.Errors, e => e is { File: "clusters.csv", Line: 1, Column: "population" });
    }

    [Fact]
    public void A_bad_number_is_reported_with_its_line_and_column()
    {
        Edit("clusters.csv", text => text.Replace("\n3,Tourism", "\nthree,Tourism", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal(("clusters.csv", 4, "id"), (error.File, error.Line, error.Column));
        Assert.Contains("'three' is not a whole number", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1992-1990")]
    [InlineData("1990 to 1992")]
    public void A_column_heading_that_is_not_years_first_year_first_is_refused(string heading)
    {
        Edit("sector-protection.csv", text => text.Replace(",1990-1991,1990-1992,1990,1991,ad-valorem-tariff,,18.5,", $",1990-1991,{heading},1990,1991,ad-valorem-tariff,,18.5,", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal("period_as_printed", error.Column);
        Assert.Contains($"'{heading}' is not a column heading of years", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_key_is_reported()
    {
        Edit("clusters.csv", text => text.Replace("\n4,Association", "\n3,Association", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal(("clusters.csv", 5, "id"), (error.File, error.Line, error.Column));
        Assert.Contains("duplicate key '3'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dangling_reference_is_reported()
    {
        Edit("clusters.csv", text => text.Replace("Cheese,agro-industry,table-19", "Cheese,agro-industry,table-99", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal(("clusters.csv", 2, "source_id"), (error.File, error.Line, error.Column));
        Assert.Contains("'table-99' does not match any id in sources.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_enum_value_lists_the_accepted_ones()
    {
        Edit("clusters.csv", text => text.Replace("Cheese,agro-industry", "Cheese,dairy", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal("sector", error.Column);
        Assert.Contains("'dairy' is not one of: agriculture, agro-industry", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_drawback_rule_check_outside_the_calculators_vocabulary_is_refused()
    {
        Edit("drawback-rules.csv", text => text.Replace("\n1995-restitution-rate,rate,refund-rate,", "\n1995-restitution-rate,rate,refund,", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal(("drawback-rules.csv", 5, "checks"), (error.File, error.Line, error.Column));
        Assert.Contains("'refund' is not one of: other, refund-rate, minimum-fob-per-tariff-line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_drawback_rule_without_its_check_is_refused()
    {
        Edit("drawback-rules.csv", text => text.Replace("\nobjective,other,other,", "\nobjective,other,,", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal(("drawback-rules.csv", 2, "checks"), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void The_fdi_shares_say_how_many_sectors_they_add_up()
    {
        var figures = SeedLoader.Parse(Repository.SeedFolder).Trade.Figures.Where(f => f.TopSectorsCount is not null)
            .ToDictionary(f => f.Id, f => f.TopSectorsCount);

        Assert.Equal(new Dictionary<string, int?> { ["2007-five-sectors-share-of-fdi-stock"] = 5, ["1990-1995-three-sectors-share-of-fdi-flows"] = 3 }, figures);
    }

    [Fact]
    public void A_count_of_sectors_that_is_not_a_positive_whole_number_is_refused()
    {
        Edit("fdi-figures.csv", text => text.Replace("\n2007-five-sectors-share-of-fdi-stock,These sectors account for about 86 percent of the total stock of FDI in 2007.,86,percent-of-fdi-stock,5,",
            "\n2007-five-sectors-share-of-fdi-stock,These sectors account for about 86 percent of the total stock of FDI in 2007.,86,percent-of-fdi-stock,0,", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal(("fdi-figures.csv", 11, "top_sectors_count"), (error.File, error.Line, error.Column));
        Assert.Contains("0 is outside 1..", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_of_sectors_on_a_figure_that_is_not_a_share_of_fdi_is_refused()
    {
        Edit("fdi-figures.csv", text => text.Replace(",50,kilometers,,", ",50,kilometers,2,", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal(("fdi-figures.csv", 10, "top_sectors_count"), (error.File, error.Line, error.Column));
        Assert.Contains("only a share of FDI (percent-of-fdi-stock or percent-of-fdi-flows)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cluster-program-goals.csv", "\ndevelopment-of-business-networks,6;9,i,COMPONENT I: PROMOTION OF ASSOCIATIVE BUSINESS NETWORKS,i-1-firms,",
        "\ndevelopment-of-business-networks,6;99,i,COMPONENT I: PROMOTION OF ASSOCIATIVE BUSINESS NETWORKS,i-1-firms,", 3, "cluster_id", "'99' does not match any id in clusters.csv")]
    [InlineData("free-zone-rules.csv", "\n2002-zofratacna-replaces-ceticos-tacna,zofratacna;ceticos-tacna,",
        "\n2002-zofratacna-replaces-ceticos-tacna,zofratacna;ceticos-atlantis,", 21, "zone_ids", "'ceticos-atlantis' does not match any id in free-zones.csv")]
    [InlineData("legal-events.csv", ",created,ceticos,,ceticos-loreto,", ",created,ceticos,,ceticos-atlantis,", 59, "zone_ids",
        "'ceticos-atlantis' does not match any id in free-zones.csv")]
    [InlineData("free-zone-figures.csv", "\n1996-active-industrial-free-zones,free-zone-ilo;free-zone-matarani;free-zone-paita,",
        "\n1996-active-industrial-free-zones,free-zone-ilo;free-zone-atlantis;free-zone-paita,", 4, "zone_ids", "'free-zone-atlantis' does not match any id in free-zones.csv")]
    [InlineData("legal-events.csv", ",regional-government-of-moquegua;regional-government-of-arequipa;", ",regional-government-of-moquegua;regional-government-of-atlantis;",
        116, "successor_body_ids", "'regional-government-of-atlantis' does not match any id in institutions.csv")]
    [InlineData("free-zone-rules.csv", "\n2002-zofratacna-replaces-ceticos-tacna,zofratacna;ceticos-tacna,",
        "\n2002-zofratacna-replaces-ceticos-tacna,zofratacna;zofratacna,", 21, "zone_ids", "'zofratacna' is listed twice")]
    public void A_list_naming_an_id_its_relation_does_not_have_is_refused_where_it_stands(string file, string cell, string dangling, int line, string column, string message)
    {
        Edit(file, text => text.Replace(cell, dangling, StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal((file, line, column), (error.File, error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fdi-figures.csv")]
    [InlineData("drawback-rules.csv")]
    [InlineData("institution-export-finance.csv")]
    public void A_bound_outside_the_one_vocabulary_is_refused_in_every_file_that_has_one(string file)
    {
        var cell = new System.Text.RegularExpressions.Regex(",at-most(?=,|$)", System.Text.RegularExpressions.RegexOptions.Multiline);
        var line = File.ReadAllLines(Path.Combine(SeedCopy, file)).ToList().FindIndex(l => cell.IsMatch(l)) + 1;
        Edit(file, text => cell.Replace(text, ",up-to", 1));

        var error = SingleError();

        Assert.Equal((file, line, "bound"), (error.File, error.Line, error.Column));
        Assert.Contains("'up-to' is not one of: at-least, at-most, more-than, lower, upper", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> Relations => ["legal-event-zones", "legal-event-successors", "incentive-rule-zones", "quoted-figure-zones", "goal-clusters"];

    [Theory]
    [MemberData(nameof(Relations))]
    public async Task The_database_refuses_a_relation_to_a_row_it_does_not_have(string relation)
    {
        await using var db = Database();
        await SeedLoader.LoadAsync(db, SeedCopy, Cancel);
        db.Add(relation switch
        {
            "legal-event-zones" => new LegalEventZone { LegalEventId = "1998-law-26953-ceticos-loreto", ZoneId = "ceticos-atlantis", Position = 2 },
            "legal-event-successors" => new LegalEventSuccessor { LegalEventId = "1998-law-26953-ceticos-loreto", InstitutionId = "atlantis-agency", Position = 1 },
            "incentive-rule-zones" => new IncentiveRuleZone { Regime = IncentiveRegime.FreeZones, RuleId = "2002-zofratacna-replaces-ceticos-tacna", ZoneId = "ceticos-atlantis", Position = 3 },
            "quoted-figure-zones" => new QuotedFigureZone { Topic = "free-zones", FigureId = "1996-active-industrial-free-zones", ZoneId = "free-zone-atlantis", Position = 4 },
            _ => (object)new ClusterProgramGoalCluster { ProgramId = "development-of-business-networks", GoalId = "i-1", ClusterId = 99, Position = 3 },
        });

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Cancel));

        Assert.Contains("FOREIGN KEY constraint failed", error.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_goal_flag_outside_the_vocabulary_is_refused()
    {
        Edit("cluster-program-goals.csv", text => text.Replace(",unit-unclear;same-cells-as-ii-1,", ",unit-unclear;same-cells-as-ii1,", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal(("cluster-program-goals.csv", 8, "flag"), (error.File, error.Line, error.Column));
        Assert.Contains("'same-cells-as-ii1' is not one of: achievement-not-ratio, unit-unclear, same-cells-as-ii-1, placeholder-zero", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_in_a_list_that_is_not_a_number_is_refused()
    {
        Edit("tariff-chronology.csv", text => text.Replace(",0;12;20,", ",0;12;twenty,", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal(("rates_percent", "'twenty' is not a number in invariant form (such as 23.5 or -4.6)."), (error.Column, error.Message));
    }

    [Fact]
    public void A_row_with_a_missing_field_is_reported()
    {
        Edit("clusters.csv", text => text.Replace("Viru, La Libertad\",Viru,,", "Viru, La Libertad\",Viru,", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal(("clusters.csv", 3), (error.File, error.Line));
    }

    [Fact]
    public void An_unknown_seed_file_is_reported()
    {
        File.WriteAllText(Path.Combine(SeedCopy, "clusterz.csv"), "id\n1\n");

        var error = SingleError();

        Assert.Equal("clusterz.csv", error.File);
    }

    [Fact]
    public async Task Loading_twice_does_not_reload_an_unchanged_seed()
    {
        await using var db = Database();

        Assert.Equal(SeedOutcome.Loaded, await SeedLoader.LoadAsync(db, SeedCopy, Cancel));
        Assert.Equal(SeedOutcome.Unchanged, await SeedLoader.LoadAsync(db, SeedCopy, Cancel));
        Assert.Equal(30, await db.Clusters.CountAsync(Cancel));
    }

    [Fact]
    public async Task A_changed_seed_is_reloaded_whole()
    {
        await using var db = Database();
        await SeedLoader.LoadAsync(db, SeedCopy, Cancel);
        Edit("clusters.csv", text => text.Replace(",Cheese,", ",Cheese and butter,", StringComparison.Ordinal));

        Assert.Equal(SeedOutcome.Loaded, await SeedLoader.LoadAsync(db, SeedCopy, Cancel));
        Assert.Equal("Cheese and butter", await db.Clusters.Where(c => c.Id == 1).Select(c => c.Outputs).SingleAsync(Cancel));
        Assert.Equal(30, await db.Clusters.CountAsync(Cancel));
        Assert.Equal(25, await db.ClusterRegions.CountAsync(Cancel)); // 24 clusters name a region, cluster 7 names two
    }

    [Fact]
    public async Task A_text_longer_than_its_column_is_refused_naming_the_record_and_the_column()
    {
        await using var db = Database();
        var longOutputs = new string('x', 201);
        var longNote = new string('y', 4001);
        Edit("clusters.csv", text => text
            .Replace(",Cheese,", $",{longOutputs},", StringComparison.Ordinal)
            .Replace(",Asparagus,agro-industry,table-19,1121,,", $",Asparagus,agro-industry,table-19,1121,,{longNote}", StringComparison.Ordinal));

        var exception = await Assert.ThrowsAsync<SeedValidationException>(() => SeedLoader.LoadAsync(db, SeedCopy, Cancel));

        Assert.Collection(exception.Errors.OrderBy(e => e.Column, StringComparer.Ordinal),
            outputs =>
            {
                Assert.Equal("Outputs", outputs.Column);
                Assert.Contains("'1': 201 characters, the column holds 200.", outputs.Message, StringComparison.Ordinal);
            },
            note =>
            {
                Assert.Equal("Provenance.Note", note.Column);
                Assert.Contains("'2': 4001 characters, the column holds 4000.", note.Message, StringComparison.Ordinal);
            });
        Assert.Equal(0, await db.Clusters.CountAsync(Cancel));
    }

    [Fact]
    public async Task A_broken_seed_leaves_the_loaded_database_untouched()
    {
        await using var db = Database();
        await SeedLoader.LoadAsync(db, SeedCopy, Cancel);
        var hash = await db.SeedStates.Select(s => s.ContentHash).SingleAsync(Cancel);
        Edit("clusters.csv", text => text.Replace(",Cheese,", ",Yogurt,", StringComparison.Ordinal).Replace("\n4,Association", "\n3,Association", StringComparison.Ordinal));

        await Assert.ThrowsAsync<SeedValidationException>(() => SeedLoader.LoadAsync(db, SeedCopy, Cancel));

        Assert.Equal("Cheese", await db.Clusters.Where(c => c.Id == 1).Select(c => c.Outputs).SingleAsync(Cancel));
        Assert.Equal(hash, await db.SeedStates.Select(s => s.ContentHash).SingleAsync(Cancel));
    }

    [Fact]
    public async Task The_app_exits_non_zero_with_the_problem_when_the_seed_is_broken()
    {
        Edit("clusters.csv", text => text.Replace("\n4,Association", "\n3,Association", StringComparison.Ordinal));

        var (exitCode, stderr) = await AppProcess.RunAsync(_folder, new Dictionary<string, string>
        {
            ["Seed__Path"] = SeedCopy,
            ["ConnectionStrings__Pdp"] = $"Data Source={Path.Combine(_folder, "process.db")}",
        }, TimeSpan.FromSeconds(60));

        Assert.Equal(1, exitCode);
        Assert.Contains("clusters.csv, line 5, column 'id': duplicate key '3'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_app_waits_for_an_unreachable_SqlServer_then_exits_non_zero_with_the_reason()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (exitCode, stderr) = await AppProcess.RunAsync(_folder, new Dictionary<string, string>
        {
            ["Database__Provider"] = "SqlServer",
            ["ConnectionStrings__Pdp"] = "Server=127.0.0.1,1;Database=unreachable;User Id=sa;Password=unused;TrustServerCertificate=True;Connect Timeout=2",
            ["Database__StartupTimeoutSeconds"] = "4",
        }, TimeSpan.FromSeconds(90));

        Assert.Equal(1, exitCode);
        Assert.Contains("The database could not be prepared (Microsoft.EntityFrameworkCore.SqlServer)", stderr, StringComparison.Ordinal);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(3), "the app should have retried while the server was unreachable");
    }
}
