using Asp.Versioning;
using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;

namespace PdpApi.Release;

/// <summary>The whole data release in one download.</summary>
[ApiController]
[ApiVersion("1.0")]
[Route("api/v{version:apiVersion}/bundle")]
[Tags("Release")]
public sealed class BundleController(ReleaseBundle bundle, DataRelease dataRelease) : ControllerBase
{
    /// <summary>Download the whole release</summary>
    /// <remarks>
    /// A ZIP file: every collection as the CSV file <c>?format=csv</c> returns for it (under <c>data/</c>), a Frictionless
    /// Data Package descriptor (<c>datapackage.json</c>: fields, types, units, descriptions, sources, licence) and a
    /// README.md with the citations. Made once per release.
    /// </remarks>
    [HttpGet(Name = "getBundle")]
    [Produces("application/zip")]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK, "application/zip")]
    public async Task<IActionResult> Get(CancellationToken cancellationToken) =>
        File(await bundle.GetAsync(await dataRelease.IdAsync(cancellationToken), cancellationToken), "application/zip", bundle.FileName);
}
