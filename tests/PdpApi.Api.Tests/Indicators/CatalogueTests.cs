using System.Reflection;
using System.Text.Json.Nodes;
using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Indicators;

namespace PdpApi.Api.Tests.Indicators;

public sealed class CatalogueTests(ApiFixture api) : IndicatorTests(api)
{
    [Fact]
    public async Task The_catalogue_lists_every_indicator_at_a_route_of_the_openapi_document()
    {
        var catalogue = await OkAsync("/api/v1/indicators?pageSize=100");
        var document = JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json", Cancel))!;
        var paths = document["paths"]!.AsObject();

        var items = catalogue["items"]!.AsArray();
        Assert.Equal(14, items.Count);
        Assert.All(items, item =>
        {
            var path = paths[item!["url"]!.GetValue<string>()];
            Assert.NotNull(path);
            Assert.NotNull(path![item["method"]!.GetValue<string>().ToLowerInvariant()]);
            Assert.False(string.IsNullOrWhiteSpace(item["formulaSymbols"]!.GetValue<string>()));
        });
    }

    private static readonly Type[] Types = typeof(IndicatorDescriptor).Assembly.GetTypes();

    [Fact]
    public void Each_descriptor_lives_in_the_folder_named_after_its_id()
    {
        var descriptors = IndicatorCatalogue.Descriptors;

        Assert.Equal(Types.Count(t => t.IsSubclassOf(typeof(IndicatorDescriptor))), descriptors.Count);
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Id).Distinct().Count());
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Position).Distinct().Count());
        Assert.All(descriptors, d =>
        {
            var folder = string.Concat(d.Id.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
            Assert.Equal($"PdpApi.Indicators.{folder}", d.GetType().Namespace);
        });
    }

    [Fact]
    public void Each_descriptor_has_one_endpoint_in_its_folder_and_each_endpoint_a_descriptor()
    {
        var endpoints = Types.Where(t => t.IsSubclassOf(typeof(IndicatorEndpoint))).ToList();
        var routes = endpoints.SelectMany(e => e.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .SelectMany(m => m.GetCustomAttributes<Microsoft.AspNetCore.Mvc.Routing.HttpMethodAttribute>())
                .Select(a => (Endpoint: e, a.Template)))
            .ToList();

        Assert.Equal(IndicatorCatalogue.Descriptors.Count, endpoints.Count);
        Assert.All(routes, r => Assert.Contains(IndicatorCatalogue.Descriptors, d => d.Id == r.Template && d.GetType().Namespace == r.Endpoint.Namespace));
        Assert.All(IndicatorCatalogue.Descriptors, d => Assert.Single(routes, r => r.Template == d.Id));
    }

    [Fact]
    public async Task The_catalogue_keeps_the_descriptors_order()
    {
        var catalogue = await OkAsync("/api/v1/indicators?pageSize=100");

        Assert.Equal(IndicatorCatalogue.Descriptors.Select(d => d.Id), catalogue["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
        Assert.Equal("tariff-structure", IndicatorCatalogue.Descriptors[0].Id);
    }

    [Theory]
    [InlineData("/api/v1/indicators?sort=name", "sort")]
    public async Task Bad_parameters_are_400_problems_naming_the_parameter(string url, string parameter) =>
        await AssertBadRequestAsync(url, parameter);
}
