using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace PdpApi.Client;

/// <summary>Creates the generated <see cref="PdpApiClient"/> for an API origin.</summary>
public static class PdpApiClientFactory
{
    /// <param name="baseUrl">The API's origin, such as <c>https://pdp.example.org</c>; paths start at <c>/api/v1/</c>.</param>
    /// <param name="httpClient">
    /// An HttpClient to send through; by default one with Kiota's handlers, which retry 429 and 503 answers after
    /// their <c>Retry-After</c> and follow redirects.
    /// </param>
    public static PdpApiClient Create(Uri baseUrl, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: httpClient)
        {
            BaseUrl = baseUrl.AbsoluteUri.TrimEnd('/'),
        };
        return new PdpApiClient(adapter);
    }
}
