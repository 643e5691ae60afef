using System.Globalization;
using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Data;
using PdpApi.Data.Seeding;

namespace PdpApi.Api.Tests;

/// <summary>The clusters seed checked against Table 19 of the paper itself, and against its own rules.</summary>
public sealed class ClusterSeedTests
{
    private static readonly IReadOnlyList<Cluster> Clusters = SeedLoader.Parse(Repository.SeedFolder).Clusters;

    /// <summary>The rows of Table 19 as printed: ID#, "Cluster – Location", Outputs.</summary>
    private static List<(int Id, string Name, string Outputs)> Table19FromPaper()
    {
        Assert.SkipUnless(File.Exists(Repository.PaperFile), "The source paper is not beside the repository (../shared/seeds).");
        var lines = Repository.PaperLines();
        var start = Array.IndexOf(lines, "Table 19. Clusters in Peru");
        var rows = new List<(int, string, string)>();
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("Source:", StringComparison.Ordinal)))
        {
            var cells = line.Split('\t');
            if (cells.Length == 3 && int.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                rows.Add((id, cells[1], cells[2]));
        }
        return rows;
    }

    [Fact]
    public void Every_row_of_Table_19_is_in_the_seed_exactly_as_printed()
    {
        var paper = Table19FromPaper();
        var seed = Clusters.Select(c => (c.Id, c.Name, c.Outputs)).ToList();

        Assert.Equal(30, paper.Count);
        Assert.Equal(paper, seed);
    }

    [Fact]
    public void Ids_run_from_1_to_30_without_gaps()
    {
        Assert.Equal(Enumerable.Range(1, 30), Clusters.Select(c => c.Id).Order());
    }

    [Fact]
    public void The_activity_and_the_place_as_printed_are_both_words_of_the_printed_name()
    {
        foreach (var cluster in Clusters)
        {
            Assert.StartsWith(cluster.Activity.Split(" (", StringSplitOptions.None)[0], cluster.Name, StringComparison.Ordinal);
            if (cluster.Location.PlaceAsPrinted is { } place)
                Assert.Contains(place, cluster.Name, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Printed_regions_appear_in_the_printed_name_and_inferred_ones_say_how()
    {
        foreach (var cluster in Clusters)
        {
            switch (cluster.Location.RegionBasis)
            {
                case RegionBasis.Printed:
                    Assert.All(cluster.Regions, r => Assert.Contains(r.Name, cluster.Name, StringComparison.Ordinal));
                    break;
                case RegionBasis.Inferred:
                    Assert.StartsWith("Region inferred", cluster.Provenance.Note, StringComparison.Ordinal);
                    break;
                case RegionBasis.NotStated:
                    Assert.Empty(cluster.Regions);
                    break;
            }
        }
    }
}
