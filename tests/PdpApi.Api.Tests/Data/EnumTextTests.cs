using System.Text.Json;
using System.Text.Json.Serialization;
using PdpApi.Data;

namespace PdpApi.Api.Tests;

/// <summary>One spelling per vocabulary value: what JSON prints is what the seed, the filters and CSV accept.</summary>
public sealed class EnumTextTests
{
    private enum Band
    {
        [JsonStringEnumMemberName("0-5")]
        ZeroToFive,
        Over20Percent,
    }

    [Fact]
    public void Every_enum_of_the_model_is_spelled_as_the_api_serialises_it()
    {
        var options = new JsonSerializerOptions();
        PdpApi.Api.ApiSetup.ConfigureJson(options);
        var enums = typeof(Source).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic).ToList();

        Assert.True(enums.Count >= 20, $"only {enums.Count} enums found");
        foreach (var type in enums)
        {
            foreach (var member in Enum.GetValues(type).Cast<Enum>())
            {
                var name = typeof(EnumText).GetMethod(nameof(EnumText.Name))!.MakeGenericMethod(type).Invoke(null, [member]);
                Assert.Equal(JsonSerializer.Serialize(member, type, options), $"\"{name}\"");
            }
        }
    }

    [Fact]
    public void A_member_name_attribute_gives_the_spelling_and_parsing_ignores_case()
    {
        Assert.Equal(["0-5", "over20-percent"], EnumText.All<Band>());
        Assert.True(EnumText.TryParse<Band>("0-5", out var band));
        Assert.Equal(Band.ZeroToFive, band);
        Assert.True(EnumText.TryParse<Band>("OVER20-PERCENT", out band));
        Assert.Equal(Band.Over20Percent, band);
        Assert.False(EnumText.TryParse<Band>("zero-to-five", out _));
    }
}
