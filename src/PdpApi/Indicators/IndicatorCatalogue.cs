namespace PdpApi.Indicators;

/// <summary>An indicator the API computes: what it measures, how, from what, and where.</summary>
public sealed record IndicatorDto
{
    /// <summary>Stable id (<c>concentration</c>).</summary>
    public required string Id { get; init; }
    /// <summary>Name.</summary>
    public required string Name { get; init; }
    /// <summary>What it measures and what the paper says about it.</summary>
    public required string Measures { get; init; }
    /// <summary>The formula in words.</summary>
    public required string Formula { get; init; }
    /// <summary>The formula in symbols (plain text).</summary>
    public required string FormulaSymbols { get; init; }
    /// <summary>The inputs: stored data (with the resource they come from) or parameters the caller gives.</summary>
    public required IReadOnlyList<string> Inputs { get; init; }
    /// <summary>Unit of the result.</summary>
    public required string Unit { get; init; }
    /// <summary>The paper's tables and sections the stored inputs come from; empty for a calculator on the caller's numbers.</summary>
    public required IReadOnlyList<string> SourceTables { get; init; }
    /// <summary>Where to compute it (GET unless the method says otherwise).</summary>
    public required string Url { get; init; }
    /// <summary>HTTP method of the url.</summary>
    public required string Method { get; init; }
}

/// <summary>The indicators of /api/v1/indicators, in one list so the catalogue and the endpoints cannot drift apart.</summary>
public static class IndicatorCatalogue
{
    public static readonly IReadOnlyList<IndicatorDto> All =
    [
        new()
        {
            Id = "tariff-structure",
            Name = "Tariff structure from the tariff-line distribution",
            Measures = "The level and dispersion of MFN tariffs: mean, standard deviation, coefficient of variation and share of lines at the peak rate, recomputed from the lines at each rate (Table 7) or the share of lines in each band (Table A7), beside the averages and deviations the paper prints.",
            Formula = "Mean: the line-weighted average rate. Standard deviation: the square root of the line-weighted mean squared deviation from it. Coefficient of variation: standard deviation over mean. Peak share: lines at the highest rate over all lines.",
            FormulaSymbols = "mean = sum(w_i r_i) / sum(w_i); sd = sqrt(sum(w_i (r_i - mean)^2) / sum(w_i)); cv = sd / mean; peak = w_max / sum(w_i)",
            Inputs = ["Table 7 lines by rate (/api/v1/tariffs/schedules)", "Table A7 shares of lines by band, all goods (/api/v1/tariffs/band-shares), each band at its midpoint", "Table A6 averages and deviations (/api/v1/tariffs/structure)"],
            Unit = "percent (mean, standard deviation in percentage points), ratio (coefficient of variation), percent of lines (peak share)",
            SourceTables = ["table-7", "table-a6", "table-a7"],
            Url = "/api/v1/indicators/tariff-structure",
            Method = "GET",
        },
        new()
        {
            Id = "effective-protection",
            Name = "Effective rate of protection (calculator)",
            Measures = "How much a tariff structure raises value added per unit of output above its free-trade level, for a caller's output tariff, input coefficients and input tariffs (Corden, or Balassa with non-traded inputs).",
            Formula = "The output tariff minus the input-weighted tariffs of the traded inputs, over one minus the traded inputs' coefficients (Corden: non-traded inputs count as value added) or minus all inputs' coefficients (Balassa: non-traded inputs count as inputs without tariff).",
            FormulaSymbols = "ERP = (t_j - sum(a_ij t_i)) / (1 - sum(a_ij)) x 100",
            Inputs = ["outputTariff (percent)", "coefficients: input shares a_ij of the output's value at free-trade prices, each in [0, 1), summing below 1", "inputTariffs (percent)", "traded flags (Balassa)", "method: corden or balassa"],
            Unit = "percent",
            SourceTables = [],
            Url = "/api/v1/indicators/effective-protection",
            Method = "GET",
        },
        new()
        {
            Id = "sector-effective-protection",
            Name = "Sector effective protection, ranked",
            Measures = "The paper's effective rates of protection by sector and period (Table 8), ranked from most to least protected.",
            Formula = "Rank by effective protection, descending; ties share a rank; sectors without a value come last.",
            FormulaSymbols = "rank_j = 1 + #{k : ERP_k > ERP_j}",
            Inputs = ["Table 8 effective protection (/api/v1/tariffs/sector-protection)"],
            Unit = "percent; rank",
            SourceTables = ["table-8"],
            Url = "/api/v1/indicators/sector-effective-protection",
            Method = "GET",
        },
        new()
        {
            Id = "protection-growth-correlations",
            Name = "Protection and output growth: correlation",
            Measures = "Whether more protected sectors grew faster: Pearson and Spearman correlation between the tariff (or effective protection) and output growth across Table 8's sectors in each period, with the t statistic and two-sided p-value, beside Table A8's coefficients (computed on other samples: 70 observations pooled for 1990-1992, 26 for 2006).",
            Formula = "Pearson: covariance over the product of standard deviations. Spearman: Pearson on ranks (ties averaged). t = r sqrt((n - 2) / (1 - r^2)) with n - 2 degrees of freedom.",
            FormulaSymbols = "r = sum((x - mx)(y - my)) / sqrt(sum((x - mx)^2) sum((y - my)^2)); t = r sqrt((n-2)/(1-r^2)); p = 2 P(T_{n-2} > |t|)",
            Inputs = ["Table 8 tariffs, effective protection and output growth by sector (/api/v1/tariffs/sector-protection)", "Table A8 coefficients (/api/v1/tariffs/protection-growth-correlations)"],
            Unit = "coefficient in [-1, 1]; p-value",
            SourceTables = ["table-8", "table-a8"],
            Url = "/api/v1/indicators/protection-growth-correlations",
            Method = "GET",
        },
        new()
        {
            Id = "concentration",
            Name = "Concentration of a share distribution",
            Measures = "How concentrated a distribution of shares is: the combined share of the k largest categories and the Herfindahl-Hirschman index, over leaf categories only (subtotals are left out, and the response lists the categories used).",
            Formula = "CR-k: the sum of the k largest shares. HHI: the sum of squared shares (as fractions). Normalised HHI: (HHI - 1/n) / (1 - 1/n).",
            FormulaSymbols = "CR_k = sum_{i<=k} s_(i); HHI = sum(s_i^2); HHI* = (HHI - 1/n) / (1 - 1/n)",
            Inputs = ["dataset: fdi-flows, fdi-stocks (Table 17), ntb-shares (Table 9), export-structure (Table A2), output-structure (Table A3), gdp-structure (Table 1)", "period", "k"],
            Unit = "percent (CR-k); index in [1/n, 1] and on the 0-10,000 scale (HHI)",
            SourceTables = ["table-17", "table-9", "table-a2", "table-a3", "table-1"],
            Url = "/api/v1/indicators/concentration",
            Method = "GET",
        },
        new()
        {
            Id = "growth-accounting",
            Name = "Growth accounting: the TFP residual",
            Measures = "Total factor productivity growth as the part of GDP growth that labour and capital do not account for, from Table 1's sources of growth, beside the TFP the table prints.",
            Formula = "GDP growth minus the contributions of labour and capital.",
            FormulaSymbols = "TFP = g_Y - c_L - c_K",
            Inputs = ["Table 1 GDP growth and contributions of labour and capital (/api/v1/series/t1-growth-accounting-contributions)"],
            Unit = "percentage points per year",
            SourceTables = ["table-1"],
            Url = "/api/v1/indicators/growth-accounting",
            Method = "GET",
        },
        new()
        {
            Id = "preference-margins",
            Name = "Preference margins",
            Measures = "How much lower each agreement's average preferential tariff is than the MFN average, overall and for agriculture where Table 10 gives it (2006).",
            Formula = "The MFN average tariff minus the agreement's average preferential tariff.",
            FormulaSymbols = "margin_a = t_MFN - t_a",
            Inputs = ["Table 10 MFN and preferential averages (/api/v1/ptas)"],
            Unit = "percentage points",
            SourceTables = ["table-10"],
            Url = "/api/v1/indicators/preference-margins",
            Method = "GET",
        },
        new()
        {
            Id = "cost-effectiveness",
            Name = "Cost-effectiveness of the PDP institutions",
            Measures = "Impact against resources: each institution's mean impact score (its own view and its beneficiaries'), its resources per beneficiary, and impact per US$ of resources per beneficiary, ranked.",
            Formula = "Mean impact: the average score over the seven impact dimensions of Table 18. Resources per beneficiary: as Table 18 prints it. Cost-effectiveness: mean impact over resources per beneficiary.",
            FormulaSymbols = "impact_i = mean_d(score_id); ce_i = impact_i / rpb_i",
            Inputs = ["Table 18 impact scores, resources per beneficiary and beneficiaries (/api/v1/institution-figures?dataset=impacts)"],
            Unit = "score (1-5); US$ per beneficiary; score per US$ per beneficiary",
            SourceTables = ["table-18"],
            Url = "/api/v1/indicators/cost-effectiveness",
            Method = "GET",
        },
        new()
        {
            Id = "perception-gaps",
            Name = "Perception gaps between institutions and beneficiaries",
            Measures = "For each dimension of Tables 12 and 18, the institutions' score minus the beneficiaries' score.",
            Formula = "Institution's score minus beneficiaries' score, per dimension.",
            FormulaSymbols = "gap_d = I_d - B_d",
            Inputs = ["Tables 12 and 18 (/api/v1/institution-figures?dataset=perceptions,impacts)"],
            Unit = "points of the survey's scale",
            SourceTables = ["table-12", "table-18"],
            Url = "/api/v1/indicators/perception-gaps",
            Method = "GET",
        },
        new()
        {
            Id = "spending-per-firm",
            Name = "Public spending per micro and small firm per month",
            Measures = "The selected institutions' spending spread over the country's micro and small firms, per month, beside the figure the paper quotes.",
            Formula = "Annual spending over the number of firms, over twelve months.",
            FormulaSymbols = "s = E / N / 12",
            Inputs = ["Table 5 total expenditure (/api/v1/institution-figures?dataset=expenditure)", "number of micro and small firms (Table A5, /api/v1/series/ta5-micro-and-small-firms-count)", "the quoted figure (/api/v1/series/text-pdp-expenditure-per-micro-small-firm)"],
            Unit = "US$ per firm per month",
            SourceTables = ["table-5", "table-a5", "section-3.3"],
            Url = "/api/v1/indicators/spending-per-firm",
            Method = "GET",
        },
        new()
        {
            Id = "legal-instability",
            Name = "Legal instability",
            Measures = "How often the legal basis of the PDP institutions changed: legal acts per institution, per administration and per decade, and the mean interval between an institution's successive acts.",
            Formula = "Counts of dated acts; the mean of the intervals between successive acts of one body (a date known only to the year is taken at mid-year).",
            FormulaSymbols = "n_i = #acts_i; interval_i = mean(t_{k+1} - t_k)",
            Inputs = ["legal events (/api/v1/legal-events)"],
            Unit = "acts; years",
            SourceTables = ["table-11", "table-a1", "section-5"],
            Url = "/api/v1/indicators/legal-instability",
            Method = "GET",
        },
        new()
        {
            Id = "drawback",
            Name = "Export drawback calculator",
            Measures = "Whether an export qualifies for the drawback in a given year, which rule (and decree) decides, and the refund.",
            Formula = "The rules in force that year are applied in order; the refund is the rate times the FOB value when every rule is met.",
            FormulaSymbols = "refund = rate(year) x FOB",
            Inputs = ["year, fobValue, cifInputsValue, hsHeading, preferentialInputs (caller)", "the drawback rules (/api/v1/export-incentives/drawback-rules)"],
            Unit = "US$",
            SourceTables = ["section-6.2", "table-11", "table-a1"],
            Url = "/api/v1/indicators/drawback",
            Method = "GET",
        },
        new()
        {
            Id = "price-band",
            Name = "Price-band (variable specific duty) calculator",
            Measures = "The floor price and the specific duty of the price-band system of Section 4.1, step by step, from the caller's monthly FOB prices.",
            Formula = "Past prices are brought to current dollars with US CPI factors; the floor is their 60-month mean plus a share of their standard deviation; the duty is the margin factor times the amount by which the floor exceeds the reference price.",
            FormulaSymbols = "p*_m = p_m f_m; floor = mean(p*) + k sd(p*); duty = m (floor - reference) when positive, else 0",
            Inputs = ["monthlyFobPrices, cpiFactors, standardDeviationShare, marginFactor, referencePrice (caller, JSON body)"],
            Unit = "US$ per tonne",
            SourceTables = ["section-4.1"],
            Url = "/api/v1/indicators/price-band",
            Method = "POST",
        },
        new()
        {
            Id = "series-transformations",
            Name = "Transformations of a stored series",
            Measures = "Change, percent change, compound annual growth between two periods, and share of a total, for any series the API serves.",
            Formula = "Change: this value minus the previous. Percent change: the change over the previous value. CAGR: (end / start)^(1 / years) - 1. Share: the value over the given total.",
            FormulaSymbols = "d_t = v_t - v_{t-1}; pct_t = d_t / v_{t-1} x 100; cagr = ((v_b / v_a)^(1/years) - 1) x 100; share = v / total x 100",
            Inputs = ["series, transformation, dimension, from, to (caller)", "the series' observations (/api/v1/series/{code}/observations)"],
            Unit = "the series' unit (change), percent (others)",
            SourceTables = [],
            Url = "/api/v1/indicators/series-transformations",
            Method = "GET",
        },
    ];
}
