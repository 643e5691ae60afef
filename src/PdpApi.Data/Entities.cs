namespace PdpApi.Data;

/// <summary>A table or section of the source paper that records cite.</summary>
public sealed class Source
{
    public required string Id { get; set; }
    public SourceKind Kind { get; set; }
    public required string Label { get; set; }
    public required string Title { get; set; }
    /// <summary>The "Source:" line printed under the table, as printed; null when the paper prints none.</summary>
    public string? SourceNote { get; set; }
    /// <summary>Line of the paper's text file where the table's title first appears.</summary>
    public int PaperLine { get; set; }
    /// <summary>Order of appearance in the paper.</summary>
    public int Position { get; set; }
    public List<TableNote> Notes { get; set; } = [];
}

public enum SourceKind
{
    Table,
    Section,
}

/// <summary>A note printed under a table: a footnote marker and its text.</summary>
public sealed class TableNote
{
    public int Id { get; set; }
    public required string SourceId { get; set; }
    public required string Marker { get; set; }
    public required string Text { get; set; }
    public int PaperLine { get; set; }
}

/// <summary>Where a record comes from: the paper's table or section and the footnote markers that qualify it.</summary>
public sealed class Provenance
{
    public required string SourceId { get; set; }
    /// <summary>Footnote markers as printed, in the seed's order; empty when none.</summary>
    public IReadOnlyList<string> FootnoteMarkers { get; set; } = [];
    /// <summary>What was derived or interpreted while transcribing, and why.</summary>
    public string? Note { get; set; }
}

/// <summary>An industrial cluster of Table 19.</summary>
public sealed class Cluster
{
    /// <summary>The paper's ID# in Table 19.</summary>
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Activity { get; set; }
    public required string Outputs { get; set; }
    public ClusterSector Sector { get; set; }
    public required ClusterLocation Location { get; set; }
    public List<ClusterRegion> Regions { get; set; } = [];
    /// <summary>The Section 7 programmes that work with the cluster.</summary>
    public List<ClusterProgramCluster> Programs { get; set; } = [];
    public required Provenance Provenance { get; set; }
    /// <summary>Name, activity, outputs and place folded to lower case without accents, for free-text search.</summary>
    public required string SearchText { get; set; }
}

public sealed class ClusterLocation
{
    public string? PlaceAsPrinted { get; set; }
    public string? Locality { get; set; }
    public string? District { get; set; }
    public string? Province { get; set; }
    public RegionBasis RegionBasis { get; set; }
}

/// <summary>A department (region) a cluster lies in; a cluster can span several.</summary>
public sealed class ClusterRegion
{
    public int ClusterId { get; set; }
    public required string Name { get; set; }
    /// <summary>The name folded for matching (lower case, no accents).</summary>
    public required string Key { get; set; }
    /// <summary>Order of the region in the printed name ("Puno and Arequipa": Puno 1, Arequipa 2).</summary>
    public int Position { get; set; }
}

/// <summary>A derived classification of clusters by the activity Table 19 names (see seed/README.md).</summary>
public enum ClusterSector
{
    Agriculture,
    AgroIndustry,
    FishingAndAquaculture,
    Manufacturing,
    Handicrafts,
    Tourism,
    MiningSuppliers,
    Commerce,
}

/// <summary>How a cluster's regions were established.</summary>
public enum RegionBasis
{
    /// <summary>The region is printed in Table 19.</summary>
    Printed,
    /// <summary>The region is inferred from the place printed (the provenance note says how).</summary>
    Inferred,
    /// <summary>Table 19 names no place that fixes a region.</summary>
    NotStated,
}

/// <summary>The fingerprint of the seed files last loaded, so an unchanged seed is not loaded again.</summary>
public sealed class SeedState
{
    public int Id { get; set; }
    public required string ContentHash { get; set; }
    public DateTime LoadedAtUtc { get; set; }
}
