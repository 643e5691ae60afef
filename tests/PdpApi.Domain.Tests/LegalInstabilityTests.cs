using CsCheck;
using PdpApi.Domain;

namespace PdpApi.Domain.Tests;

public class LegalInstabilityTests
{
    private static readonly LegalAct[] Events =
    [
        new("certex", new LegalDate(1969), "created", null),
        new("prompex", new LegalDate(1993, 2, 19), "created", "fujimori-1990"),
        new("certex", new LegalDate(1978), "other", null),
        new("prompex", new LegalDate(1996), "reform", "fujimori-1995"),
        new("prompyme", new LegalDate(1997, 11, 24), "created", "fujimori-1995"),
        new("prompex", new LegalDate(2003, 7), "reform", "toledo-2001"),
        new("tariffs", new LegalDate(1991, 3), "tariff-change", "fujimori-1990"),
    ];

    [Fact]
    public void Acts_per_institution_most_first_then_by_id()
    {
        var counts = LegalInstability.ActsPerInstitution(Events);

        Assert.Equal(
            new[] { new InstitutionActCount("prompex", 3, 1993, 2003), new("certex", 2, 1969, 1978), new("prompyme", 1, 1997, 1997), new("tariffs", 1, 1991, 1991) },
            counts);
    }

    [Fact]
    public void Acts_per_administration_in_order_of_first_act_with_undetermined_last()
    {
        var counts = LegalInstability.ActsPerAdministration(Events);

        Assert.Equal(
            new[] { new AdministrationActCount("fujimori-1990", 2), new("fujimori-1995", 2), new("toledo-2001", 1), new(null, 2) },
            counts);
    }

    [Fact]
    public void Acts_per_decade_include_empty_decades_between_the_first_and_the_last()
    {
        // 1969 | 1978 | (none in the 1980s) | 1991, 1993, 1996, 1997 | 2003
        var decades = LegalInstability.ActsPerDecade(Events);

        Assert.Equal(
            new[] { new DecadeActCount(1960, "1960s", 1), new(1970, "1970s", 1), new(1980, "1980s", 0), new(1990, "1990s", 4), new(2000, "2000s", 1) },
            decades);
    }

    [Fact]
    public void Year_only_dates_sit_at_mid_year()
    {
        Assert.Equal(1991.5, new LegalDate(1991).ToDecimalYear());
    }

    [Fact]
    public void Month_only_dates_sit_at_mid_month()
    {
        // March 1991: 59 days before March, plus half of 31 = 74.5 days into a 365-day year.
        Assert.Equal(1991 + 74.5 / 365, new LegalDate(1991, 3).ToDecimalYear(), 1e-12);
    }

    [Fact]
    public void Exact_dates_sit_at_the_middle_of_their_day_in_leap_years_too()
    {
        // 23 June 1995 is day 174 (151 + 23): 1995 + 173.5 / 365. 31 December 2000 is day 366 of 366.
        Assert.Equal(1995 + 173.5 / 365, new LegalDate(1995, 6, 23).ToDecimalYear(), 1e-12);
        Assert.Equal(2000 + 365.5 / 366, new LegalDate(2000, 12, 31).ToDecimalYear(), 1e-12);
    }

    [Fact]
    public void Mean_interval_by_hand_with_year_only_and_month_dates()
    {
        // prompex: 19 Feb 1993 (1993 + 49.5 / 365), 1996 (1996.5), July 2003 (2003 + (181 + 15.5) / 365)
        // mean = (2003.538356 - 1993.135616) / 2 = 5.201370 years, over 2 intervals, both approximate.
        var prompex = LegalInstability.MeanIntervals(Events).Single(x => x.InstitutionId == "prompex");

        Assert.Equal(3, prompex.Acts);
        Assert.Equal(2, prompex.Intervals);
        Assert.Equal(2, prompex.ApproximateIntervals);
        Assert.Equal((2003 + 196.5 / 365 - (1993 + 49.5 / 365)) / 2, prompex.MeanIntervalYears!.Value, 1e-12);
    }

    [Fact]
    public void Mean_interval_with_exact_dates_is_not_approximate()
    {
        // 23 June 1995 to 29 March 1996: (1996 + 88.5 / 366) - (1995 + 173.5 / 365) = 0.76646 years.
        var result = Assert.Single(LegalInstability.MeanIntervals(
        [
            new LegalAct("drawback", new LegalDate(1996, 3, 29), "reform", null),
            new LegalAct("drawback", new LegalDate(1995, 6, 23), "created", null),
        ]));

        Assert.Equal(1, result.Intervals);
        Assert.Equal(0, result.ApproximateIntervals);
        Assert.Equal(1996 + 88.5 / 366 - (1995 + 173.5 / 365), result.MeanIntervalYears!.Value, 1e-12);
    }

    [Fact]
    public void One_act_has_no_interval()
    {
        var prompyme = LegalInstability.MeanIntervals(Events).Single(x => x.InstitutionId == "prompyme");

        Assert.Null(prompyme.MeanIntervalYears);
        Assert.Equal(0, prompyme.Intervals);
        Assert.NotNull(prompyme.Reason);
    }

    [Fact]
    public void No_events_give_empty_counts()
    {
        Assert.Empty(LegalInstability.ActsPerInstitution([]));
        Assert.Empty(LegalInstability.ActsPerAdministration([]));
        Assert.Empty(LegalInstability.ActsPerDecade([]));
        Assert.Empty(LegalInstability.MeanIntervals([]));
    }

    [Theory]
    [InlineData(1995, 13, null, "events[0].date.month")]
    [InlineData(1995, 2, 29, "events[0].date.day")]
    [InlineData(1995, null, 3, "events[0].date.day")]
    [InlineData(0, null, null, "events[0].date.year")]
    public void Invalid_dates_are_rejected_by_position(int year, int? month, int? day, string parameter)
    {
        var e = Assert.Throws<IndicatorInputException>(() =>
            LegalInstability.MeanIntervals([new LegalAct("x", new LegalDate(year, month, day), "created", null)]));
        Assert.Equal(parameter, e.Parameter);
    }

    [Fact]
    public void Twenty_ninth_of_February_is_valid_in_a_leap_year()
    {
        var result = LegalInstability.ActsPerDecade([new LegalAct("x", new LegalDate(1996, 2, 29), "created", null)]);

        Assert.Equal(1, Assert.Single(result).Acts);
    }

    [Fact]
    public void Events_without_institution_or_type_or_with_a_blank_administration_are_rejected()
    {
        Assert.Equal("events[0].institutionId",
            Assert.Throws<IndicatorInputException>(() => LegalInstability.ActsPerInstitution([new LegalAct("", new LegalDate(1990), "created", null)])).Parameter);
        Assert.Equal("events[0].eventType",
            Assert.Throws<IndicatorInputException>(() => LegalInstability.ActsPerInstitution([new LegalAct("x", new LegalDate(1990), " ", null)])).Parameter);
        Assert.Equal("events[0].administrationId",
            Assert.Throws<IndicatorInputException>(() => LegalInstability.ActsPerAdministration([new LegalAct("x", new LegalDate(1990), "created", "")])).Parameter);
    }

    private static readonly Gen<LegalAct[]> RandomEvents =
        Gen.Select(Gen.Int[0, 4], Gen.Int[1950, 2010], Gen.Int[0, 12], Gen.Int[1, 28], Gen.Int[0, 3],
            (institution, year, month, day, administration) => new LegalAct(
                "i" + institution.ToString(System.Globalization.CultureInfo.InvariantCulture),
                month == 0 ? new LegalDate(year) : day > 20 ? new LegalDate(year, month) : new LegalDate(year, month, day),
                "reform",
                administration == 0 ? null : "a" + administration.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        .Array[0, 40];

    [Fact]
    public void Every_grouping_counts_every_act_once()
    {
        RandomEvents.Sample(events =>
        {
            Assert.Equal(events.Length, LegalInstability.ActsPerInstitution(events).Sum(x => x.Acts));
            Assert.Equal(events.Length, LegalInstability.ActsPerAdministration(events).Sum(x => x.Acts));
            Assert.Equal(events.Length, LegalInstability.ActsPerDecade(events).Sum(x => x.Acts));
        });
    }

    [Fact]
    public void Mean_interval_times_intervals_spans_the_first_to_the_last_act()
    {
        RandomEvents.Sample(events =>
        {
            foreach (var x in LegalInstability.MeanIntervals(events).Where(x => x.MeanIntervalYears is not null))
            {
                var dates = events.Where(e => e.InstitutionId == x.InstitutionId).Select(e => e.Date.ToDecimalYear()).ToList();
                Assert.True(x.MeanIntervalYears >= 0);
                Assert.Equal(dates.Count - 1, x.Intervals);
                Assert.Equal(dates.Max() - dates.Min(), x.MeanIntervalYears!.Value * x.Intervals, 1e-9);
            }
        });
    }
}
