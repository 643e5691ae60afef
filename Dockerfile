# syntax=docker/dockerfile:1
# Build: the SDK image restores and publishes the API (with seed/ copied beside it).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /repo
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig PdpApi.sln ./
COPY src/PdpApi/PdpApi.csproj src/PdpApi/
COPY src/PdpApi.Data/PdpApi.Data.csproj src/PdpApi.Data/
COPY src/PdpApi.Domain/PdpApi.Domain.csproj src/PdpApi.Domain/
COPY src/PdpApi.Data.Sqlite/PdpApi.Data.Sqlite.csproj src/PdpApi.Data.Sqlite/
COPY src/PdpApi.Data.SqlServer/PdpApi.Data.SqlServer.csproj src/PdpApi.Data.SqlServer/
RUN dotnet restore src/PdpApi/PdpApi.csproj --runtime linux-x64 -p:PublishReadyToRun=true
COPY src/ src/
COPY seed/ seed/
# ReadyToRun: the app's and its packages' code is compiled ahead of time, so a start does not wait for the JIT.
RUN dotnet publish src/PdpApi/PdpApi.csproj --configuration Release --no-restore --output /app \
    --runtime linux-x64 --self-contained false -p:PublishReadyToRun=true

# Run: the ASP.NET Core runtime image, as its non-root "app" user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update \
 && apt-get install --yes --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /app/data && chown app:app /app/data
USER app
ENV ASPNETCORE_URLS=http://+:8080 \
    ConnectionStrings__Pdp="Data Source=/app/data/pdpapi.db"
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD curl --fail --silent http://localhost:8080/health/ready || exit 1
ENTRYPOINT ["dotnet", "PdpApi.dll"]
