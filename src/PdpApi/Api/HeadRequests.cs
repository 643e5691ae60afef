namespace PdpApi.Api;

/// <summary>
/// HEAD on every GET (RFC 9110 9.3.2): the request runs as the GET it mirrors, so status, ETag, Content-Length and the
/// other headers are the GET's, and the body is dropped. Routing matches GET-only endpoints, so this runs before it.
/// </summary>
public static class HeadRequests
{
    public static void UseHeadAsGet(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }
        context.Request.Method = HttpMethods.Get;
        var body = context.Response.Body;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
            context.Request.Method = HttpMethods.Head;
        }
    });
}
