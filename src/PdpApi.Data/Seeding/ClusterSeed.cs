namespace PdpApi.Data.Seeding;

/// <summary>Reads clusters.csv: Table 19, with the location split and the sector derived (see seed/README.md).</summary>
internal static class ClusterSeed
{
    private static readonly string[] Columns =
    [
        "id", "name", "activity", "place_as_printed", "locality", "district", "province", "regions", "region_basis",
        "outputs", "sector", "source_id", "paper_line", "footnotes", "note",
    ];

    public static List<Cluster> Read(string directory, IReadOnlySet<string> sourceIds, SeedErrors errors)
    {
        var file = SeedCsv.Read(directory, "clusters.csv", Columns, errors);
        var seen = new HashSet<int>();
        var clusters = new List<Cluster>();
        foreach (var row in file.Rows)
        {
            var id = row.Int("id", min: 1);
            var regions = row.List("regions");
            var location = new ClusterLocation
            {
                PlaceAsPrinted = row.OptionalText("place_as_printed"),
                Locality = row.OptionalText("locality"),
                District = row.OptionalText("district"),
                Province = row.OptionalText("province"),
                RegionBasis = row.Enum<RegionBasis>("region_basis"),
            };
            var cluster = new Cluster
            {
                Id = id,
                Name = row.Text("name"),
                Activity = row.Text("activity"),
                Outputs = row.Text("outputs"),
                Sector = row.Enum<ClusterSector>("sector"),
                Location = location,
                Regions = regions.Select((r, i) => new ClusterRegion { ClusterId = id, Name = r, Key = TextKey.Fold(r), Position = i + 1 }).ToList(),
                Provenance = row.Provenance(sourceIds),
                SearchText = "",
            };
            cluster.SearchText = TextKey.Fold(string.Join(" | ",
                new[] { cluster.Name, cluster.Activity, cluster.Outputs, location.PlaceAsPrinted }.Concat(regions).OfType<string>()));

            SeedLoader.CheckUnique(seen, id, row, "id");
            if (regions.Select(TextKey.Fold).Distinct().Count() != regions.Count)
                row.Error("regions", "a region is listed twice.");
            if ((location.RegionBasis == RegionBasis.NotStated) != (regions.Count == 0))
                row.Error("region_basis", "'not-stated' goes with an empty regions cell, and only with one.");
            if (location.RegionBasis == RegionBasis.Inferred && cluster.Provenance.Note is null)
                row.Error("note", "an inferred region needs a note saying how it was inferred.");
            clusters.Add(cluster);
        }
        return clusters;
    }
}
