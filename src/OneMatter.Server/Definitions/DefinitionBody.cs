using System.Text;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace OneMatter.Server.Definitions;

/// <summary>
/// Reads a definition text from a request: raw YAML (<c>text/yaml</c>, <c>application/yaml</c>,
/// <c>text/plain</c>) or JSON <c>{"yaml": "…"}</c>. Everything that is not a text at all is refused
/// here as a problem (empty, too large, another media type, not UTF-8, binary); a text that is
/// not valid YAML is the validator's business and is answered with positioned errors.
/// </summary>
internal static class DefinitionBody
{
    /// <summary>Largest definition text: the biggest matter today is 13 KB, so 256 KB leaves room
    /// without letting one request hold much memory.</summary>
    public const int MaxBytes = 256 * 1024;

    private static readonly string[] YamlTypes = ["text/yaml", "application/yaml", "application/x-yaml", "text/x-yaml", "text/plain"];

    /// <summary>Every media type accepted (routing answers 415 to the others, as problem details).</summary>
    public static string[] ContentTypes { get; } = [.. YamlTypes, "application/json"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<(string? Text, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge());
        }
        var mediaType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value : null;
        var json = string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase);
        if (mediaType is not null && !json && !YamlTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: $"send the definition as text/yaml (or JSON {{\"yaml\": \"…\"}}), not {mediaType}"));
        }

        // Read at most MaxBytes + 1 so a body without Content-Length cannot grow without bound.
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                return (null, TooLarge());
            }
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            return (null, Bad("the body is not UTF-8 text"));
        }
        if (json)
        {
            try
            {
                text = JsonSerializer.Deserialize<JsonYamlBody>(text, JsonSerializerOptions.Web)?.Yaml ?? "";
            }
            catch (JsonException)
            {
                return (null, Bad("the JSON body must be {\"yaml\": \"…\"}"));
            }
        }
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..]; // a byte-order mark from a Windows editor is not part of the definition
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, Bad("the definition text is empty"));
        }
        if (text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n')))
        {
            return (null, Bad("the body contains control characters: it is not a YAML text"));
        }
        return (text, null);
    }

    private static IResult Bad(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail);

    private static IResult TooLarge() =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large",
            detail: $"a definition text has at most {MaxBytes} bytes");
}
