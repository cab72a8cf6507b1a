using System.Buffers;
using System.Text;

namespace OneMatter.Engine.Expressions;

/// <summary>
/// Escapes text for HTML element content and quoted attribute values. Only the five characters
/// that matter are replaced; Chinese and other non-ASCII text stays as is (unlike
/// <see cref="System.Net.WebUtility.HtmlEncode(string)"/>, which also encodes some Latin-1).
/// </summary>
internal static class HtmlText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    public static string Escape(string text)
    {
        int first = text.AsSpan().IndexOfAny(Special);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        escaped.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),
                '\'' => escaped.Append("&#39;"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
