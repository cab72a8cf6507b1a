using OneMatter.Engine.Definitions;
using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Loading;

public sealed partial class DefinitionParser
{
    /// <summary>
    /// The words each closed-set key accepts and what they mean. A test holds the enums of
    /// <c>workflows/schema.json</c> to exactly these words, and these words to the C# enums.
    /// </summary>
    public static class Words
    {
        /// <summary><c>family</c>.</summary>
        public static IReadOnlyDictionary<string, MatterFamily> Family { get; } = Of<MatterFamily>();

        /// <summary>A form field's <c>type</c>.</summary>
        public static IReadOnlyDictionary<string, FieldType> FieldType { get; } = Of<FieldType>();

        /// <summary>A task's <c>sign</c>; <see cref="SignMode.Single"/> is the absence of the key.</summary>
        public static IReadOnlyDictionary<string, SignMode> Sign { get; } =
            Of<SignMode>().Where(p => p.Value != SignMode.Single).ToDictionary(StringComparer.Ordinal);

        /// <summary>A join's <c>mode</c>.</summary>
        public static IReadOnlyDictionary<string, JoinMode> JoinMode { get; } = Of<JoinMode>();

        /// <summary>An end's <c>result</c>, and the keys of a call's <c>results</c>.</summary>
        public static IReadOnlyDictionary<string, EndResult> Result { get; } = Of<EndResult>();

        /// <summary>An escalation rule's <c>do</c>.</summary>
        public static IReadOnlyDictionary<string, EscalationAction> EscalationAction { get; } = Of<EscalationAction>();

        /// <summary>A jurisdiction field's <c>level</c>, and levels in the org directory.</summary>
        public static IReadOnlyDictionary<string, OrgLevel> Level { get; } = Of<OrgLevel>();

        /// <summary>A node's <c>type</c>.</summary>
        public static IReadOnlyList<string> NodeType { get; } =
            ["task", "applicant-task", "parallel", "join", "decision", "timer", "document", "notify", "call", "draw", "end"];

        /// <summary>Words a notify node's <c>to</c> accepts besides a unit id.</summary>
        public static IReadOnlyList<string> NotifyTarget { get; } = ["applicant", "lead", "command-centre"];

        /// <summary>The YAML word of an enum member: <c>IdCard</c> → <c>id-card</c>.</summary>
        public static string Of(Enum value) => Kebab(value.ToString());

        private static Dictionary<string, T> Of<T>()
            where T : struct, Enum =>
            Enum.GetValues<T>().ToDictionary(v => Kebab(v.ToString()), StringComparer.Ordinal);

        private static string Kebab(string pascal)
        {
            var builder = new System.Text.StringBuilder();
            foreach (var c in pascal)
            {
                if (char.IsUpper(c) && builder.Length > 0)
                {
                    builder.Append('-');
                }
                builder.Append(char.ToLowerInvariant(c));
            }
            return builder.ToString();
        }
    }
}
