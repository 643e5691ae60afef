using Asp.Versioning;
using Microsoft.AspNetCore.Mvc;

namespace PdpApi.Indicators;

/// <summary>
/// The route and version every indicator's endpoint shares; each indicator's folder has one. The tag is on each
/// endpoint, because tags are not inherited.
/// </summary>
[ApiController]
[ApiVersion("1.0")]
[Route("api/v{version:apiVersion}/indicators")]
public abstract class IndicatorEndpoint : ControllerBase;
