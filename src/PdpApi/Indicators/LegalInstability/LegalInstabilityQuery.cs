using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Indicators.LegalInstability;

/// <summary>Parameters of the legal-instability indicator.</summary>
public sealed class LegalInstabilityQuery : IReportsQueryErrors
{
    /// <summary>Only acts concerning these institutions (ids, comma-separated); all when omitted.</summary>
    [FromQuery(Name = "institution")]
    public string? Institution { get; init; }

    /// <summary>The institution ids asked for, each checked against the store; empty for all.</summary>
    internal async Task<IReadOnlyList<string>> ParseAsync(PdpDbContext db, QueryErrors errors, CancellationToken cancellationToken)
    {
        var ids = QueryGrammar.Slugs(Institution, "institution", errors);
        if (ids.Count > 0)
        {
            var known = await db.Institutions.Where(i => ids.Contains(i.Id)).Select(i => i.Id).ToListAsync(cancellationToken);
            foreach (var unknown in ids.Except(known))
                errors.Add("institution", $"'{unknown}' is not an institution id (see /api/v1/institutions).");
        }
        return ids;
    }
}
