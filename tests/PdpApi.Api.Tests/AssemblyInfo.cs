using PdpApi.Api.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(ApiFixture))]
