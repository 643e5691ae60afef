using PdpApi.Api;

var builder = WebApplication.CreateBuilder(args);
builder.AddPdpApi();

var app = builder.Build();
app.UsePdpApi();

if (!await app.PrepareDatabaseAsync())
    return 1;

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
