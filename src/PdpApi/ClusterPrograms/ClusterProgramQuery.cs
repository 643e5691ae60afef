using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.ClusterPrograms;

/// <summary>Filters of /api/v1/cluster-programs, besides paging, sorting and format.</summary>
public sealed class ClusterProgramQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<ClusterProgram> Sorting = new SortFields<ClusterProgram>()
        .Add("position", p => p.Position)
        .Add("id", p => p.Id)
        .Add("startYear", p => p.StartYear);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;

    /// <summary>Table 19 cluster id: the programmes that worked with it. Several ids separated by commas match any of them.</summary>
    [FromQuery(Name = "cluster")]
    public string? Cluster { get; init; }

    /// <summary>Kind (donor-funded-project, technology-centres-network ...). Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "kind")]
    public IReadOnlyList<ClusterProgramKind>? Kind { get; init; }

    /// <summary>Words to find in the name, acronym, description, donor or executing agency (case and accents ignored).</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    internal IQueryable<ClusterProgram> Apply(IQueryable<ClusterProgram> programs, QueryErrors errors)
    {
        var clusters = new List<int>();
        foreach (var text in QueryGrammar.List(Cluster, "cluster", errors))
        {
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
                clusters.Add(id);
            else
                errors.Add("cluster", $"'{text}' is not a cluster id (a whole number from Table 19).");
        }
        var kinds = Kind ?? [];
        var order = Sorting.Parse(Sort, errors);
        if (clusters.Count > 0)
            programs = programs.Where(p => p.Clusters.Any(c => clusters.Contains(c.ClusterId)));
        if (kinds.Count > 0)
            programs = programs.Where(p => kinds.Contains(p.Kind));
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var key = TextKey.Fold(Q.Trim());
            programs = programs.Where(p => p.SearchText.Contains(key));
        }
        return order(programs);
    }
}

/// <summary>Paging, sorting and format of a programme's figures.</summary>
public sealed class ClusterProgramFigureQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<ClusterProgramFigure> Sorting = new SortFields<ClusterProgramFigure>()
        .Add("position", f => f.Position)
        .Add("year", f => f.Year)
        .Add("value", f => f.Value);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;

    internal IQueryable<ClusterProgramFigure> Apply(IQueryable<ClusterProgramFigure> figures, QueryErrors errors) =>
        Sorting.Parse(Sort, errors)(figures);
}

/// <summary>Paging, sorting and format of Table 20's goals.</summary>
public sealed class ClusterProgramGoalQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<ClusterProgramGoal> Sorting = new SortFields<ClusterProgramGoal>()
        .Add("position", g => g.Position)
        .Add("achievementPercent", g => g.AchievementPercent);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;

    internal IQueryable<ClusterProgramGoal> Apply(IQueryable<ClusterProgramGoal> goals, QueryErrors errors) =>
        Sorting.Parse(Sort, errors)(goals);
}
