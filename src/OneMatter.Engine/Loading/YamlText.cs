using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OneMatter.Engine.Loading;

/// <summary>Turns file text into one YAML document's root node, reporting syntax problems
/// instead of throwing.</summary>
internal static class YamlText
{
    /// <summary>The root of the single document in <paramref name="text"/>, or null after
    /// reporting why there is none (syntax error, empty file, several documents).</summary>
    public static YamlNode? Load(string text, Diagnostics diagnostics)
    {
        var parser = new GuardedParser(new Parser(new StringReader(text)));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            diagnostics.Add(e.Start, $"YAML syntax error: {e.Message}");
            return null;
        }
#pragma warning disable CA1031 // YamlDotNet's scanner throws other exceptions on some malformed input; bad content must never escape as an exception.
        catch (Exception)
#pragma warning restore CA1031
        {
            // Such exceptions carry no position and an internal message; the last event read is
            // where the text stopped making sense.
            diagnostics.Add(parser.LastMark,
                "YAML syntax error: the text cannot be read as YAML from here on; check for an unclosed { or [, a missing quote or wrong indentation");
            return null;
        }
        if (stream.Documents.Count == 0 || IsEmpty(stream.Documents[0].RootNode))
        {
            diagnostics.Add(1, 1, "the file is empty");
            return null;
        }
        if (stream.Documents.Count > 1)
        {
            diagnostics.Add(stream.Documents[1].RootNode.Start, "a file holds one YAML document; remove the \"---\" and what follows");
        }
        return stream.Documents[0].RootNode;
    }

    private static bool IsEmpty(YamlNode node) => node is YamlScalarNode scalar && Scalars.IsNull(scalar);
}
