using Asp.Versioning;
using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Institutions;

/// <summary>The institutions' tables (4, 5, 6, 12, 18), the export-finance terms of Section 6.2, and the questionnaire's respondents and firms (Table A9).</summary>
[ApiController]
[ApiVersion("1.0")]
[Tags("Institutions")]
public sealed class InstitutionFiguresController(PdpDbContext db) : ControllerBase
{
    /// <summary>List institution figures</summary>
    /// <remarks>Every value of Tables 4, 5, 6, 12 and 18 in long format, and the loan, rate and insurance terms of COFIDE's FIEX and SEPYMEX programmes quoted in Section 6.2 (dataset export-finance), filterable by dataset, institution, measure, respondent and period.</remarks>
    [HttpGet("api/v{version:apiVersion}/institution-figures", Name = "listAllInstitutionFigures")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<InstitutionFigureDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<InstitutionFigureDto>>> List([FromQuery] InstitutionFigureQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => query.Apply(db.InstitutionFigures, errors), InstitutionFigureMapper.ProjectToDto, cancellationToken);

    /// <summary>List survey respondents</summary>
    /// <remarks>Table A9, part I: the positions and institutions of the officials who answered the questionnaire (names are not published).</remarks>
    [HttpGet("api/v{version:apiVersion}/survey-respondents", Name = "listSurveyRespondents")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<SurveyRespondentDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<SurveyRespondentDto>>> ListRespondents([FromQuery] SurveyQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => SortById(db.SurveyRespondents, r => r.Id, query, errors), InstitutionFigureMapper.ProjectToDto, cancellationToken);

    /// <summary>List beneficiary firms</summary>
    /// <remarks>Table A9, part II: the beneficiary firms that answered the questionnaire and the institution each benefited from.</remarks>
    [HttpGet("api/v{version:apiVersion}/beneficiary-firms", Name = "listBeneficiaryFirms")]
    [Produces("application/json", CsvOutputFormatter.MediaType)]
    [ProducesResponseType<Page<BeneficiaryFirmDto>>(StatusCodes.Status200OK)]
    public Task<ActionResult<Page<BeneficiaryFirmDto>>> ListFirms([FromQuery] SurveyQuery query, CancellationToken cancellationToken) =>
        this.PageAsync(query, errors => SortById(db.BeneficiaryFirms, f => f.Id, query, errors), InstitutionFigureMapper.ProjectToDto, cancellationToken);

    private static IQueryable<T> SortById<T, TKey>(IQueryable<T> source, System.Linq.Expressions.Expression<Func<T, TKey>> id, SurveyQuery query, QueryErrors errors) =>
        new SortFields<T>().Add("id", id).Parse(query.Sort, errors)(source);
}
