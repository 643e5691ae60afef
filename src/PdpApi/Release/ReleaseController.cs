using Asp.Versioning;
using Microsoft.AspNetCore.Mvc;

namespace PdpApi.Release;

/// <summary>The data release: its version, checksum and history, and how to cite the paper and the release.</summary>
[ApiController]
[ApiVersion("1.0")]
[Route("api/v{version:apiVersion}/release")]
[Tags("Release")]
public sealed class ReleaseController(PublishedRelease release) : ControllerBase
{
    /// <summary>Get the data release</summary>
    /// <remarks>
    /// The version and date of the data served, the SHA-256 of the seed it was loaded from, what changed since the
    /// previous release, and the citations of the paper and of this release in plain text and BibTeX.
    /// </remarks>
    [HttpGet(Name = "getRelease")]
    [Produces("application/json")]
    [ProducesResponseType<ReleaseDto>(StatusCodes.Status200OK)]
    public ActionResult<ReleaseDto> Get()
    {
        var releases = release.Seed.Releases;
        return new ReleaseDto
        {
            Version = release.Version,
            Date = release.Current.Date,
            SeedSha256 = release.SeedSha256,
            Changes = release.Current.Changes,
            PreviousVersion = releases.Count > 1 ? releases[^2].Version : null,
            Releases = releases.Select(r => new ReleaseHistoryDto { Version = r.Version, Date = r.Date, Changes = r.Changes }).ToList(),
            Paper = release.Seed.Citation.Select(f => new CitationFieldDto
            {
                Field = f.Field, Value = f.Value, Basis = f.Basis, PaperLine = f.PaperLine, NullReason = f.NullReason, Note = f.Note,
            }).ToList(),
            PaperCitation = new CitationDto { Text = release.PaperText, Bibtex = release.PaperBibtex },
            ReleaseCitation = new CitationDto { Text = release.ReleaseText, Bibtex = release.ReleaseBibtex },
            Bundle = "/api/v1/bundle",
        };
    }
}
