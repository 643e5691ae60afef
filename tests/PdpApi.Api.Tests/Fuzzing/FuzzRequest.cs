using System.Text;

namespace PdpApi.Api.Tests.Fuzzing;

/// <summary>A generated request: the URL is already percent-encoded (some of it deliberately badly).</summary>
public sealed record FuzzRequest(string Method, string Url, string? Accept, string? ContentType, string? Body)
{
    public string PathOnly => Url.Split('?', 2)[0];

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(Url, UriKind.Relative));
        if (Accept is not null)
            message.Headers.TryAddWithoutValidation("Accept", Accept);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Body));
            if (ContentType is not null)
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }
        return message;
    }

    /// <summary>The request as a reader can replay it, long values cut.</summary>
    public override string ToString()
    {
        var text = new StringBuilder().Append(Method).Append(' ').Append(Excerpt(Url, 600));
        if (Accept is not null)
            text.Append("\n  Accept: ").Append(Accept);
        if (ContentType is not null)
            text.Append("\n  Content-Type: ").Append(ContentType);
        if (Body is not null)
            text.Append("\n  Body (").Append(Body.Length).Append(" chars): ").Append(Excerpt(Body, 600));
        return text.ToString();
    }

    public static string Excerpt(string text, int length) =>
        text.Length <= length ? text : $"{text[..(length / 2)]} …[{text.Length - length} more]… {text[^(length / 2)..]}";
}
