namespace OneMatter.Engine.Loading;

public sealed partial class DefinitionParser
{
    /// <summary>
    /// The keys each element of a definition file accepts, in documentation order. The parser
    /// rejects any other key, and a test holds <c>workflows/schema.json</c> to exactly these
    /// lists, so the editor schema and the loader cannot drift apart.
    /// </summary>
    public static class Keys
    {
        /// <summary>Keys every node accepts.</summary>
        public static IReadOnlyList<string> NodeCommon { get; } = ["type", "name", "name-en", "step", "step-en"];

        /// <summary>The top level of a definition.</summary>
        public static IReadOnlyList<string> Matter { get; } =
        [
            "id", "version", "name", "name-en", "family", "lead", "partners", "jurisdiction",
            "deadline", "calendar", "form", "documents", "escalation", "start", "nodes",
        ];

        /// <summary>A form field (applicant form and task fields).</summary>
        public static IReadOnlyList<string> FormField { get; } =
        [
            "id", "label", "label-en", "type", "required", "min", "max", "min-date", "max-date",
            "pattern", "options", "multiple", "level",
        ];

        /// <summary>An option of a choice field.</summary>
        public static IReadOnlyList<string> FieldOption { get; } = ["value", "label", "label-en"];

        /// <summary>A document of the <c>documents</c> map.</summary>
        public static IReadOnlyList<string> Document { get; } = ["name", "name-en", "template", "for-applicant"];

        /// <summary>A rule of an <c>escalation</c> list.</summary>
        public static IReadOnlyList<string> EscalationRule { get; } = ["at", "do", "to", "document"];

        /// <summary>An assignee or signer written as a map.</summary>
        public static IReadOnlyList<string> Assignee { get; } = ["unit", "user", "role", "kind", "jurisdiction", "from"];

        /// <summary>An outcome of a task written as a map.</summary>
        public static IReadOnlyList<string> Outcome { get; } = ["label", "label-en", "next", "when", "documents"];

        /// <summary>A boundary timer (<c>timeout</c>).</summary>
        public static IReadOnlyList<string> Timeout { get; } = ["after", "next"];

        /// <summary>A branch of a parallel split written as a map.</summary>
        public static IReadOnlyList<string> Branch { get; } = ["node", "when"];

        /// <summary>A condition of a decision.</summary>
        public static IReadOnlyList<string> Condition { get; } = ["when", "next"];

        /// <summary><c>type: task</c>.</summary>
        public static IReadOnlyList<string> Task { get; } =
        [
            .. NodeCommon, "assignee", "sign", "signers", "deadline", "escalation", "fields", "outcomes",
            "timeout", "skippable",
        ];

        /// <summary><c>type: applicant-task</c>.</summary>
        public static IReadOnlyList<string> ApplicantTask { get; } = [.. NodeCommon, "pauses-clock", "fields", "timeout", "next"];

        /// <summary><c>type: parallel</c>.</summary>
        public static IReadOnlyList<string> Parallel { get; } = [.. NodeCommon, "branches", "join"];

        /// <summary><c>type: join</c>.</summary>
        public static IReadOnlyList<string> Join { get; } = [.. NodeCommon, "mode", "count", "cancel-remaining", "next"];

        /// <summary><c>type: decision</c>.</summary>
        public static IReadOnlyList<string> Decision { get; } = [.. NodeCommon, "conditions", "default"];

        /// <summary><c>type: timer</c>.</summary>
        public static IReadOnlyList<string> Timer { get; } = [.. NodeCommon, "duration", "until", "next"];

        /// <summary><c>type: document</c>.</summary>
        public static IReadOnlyList<string> DocumentNode { get; } = [.. NodeCommon, "document", "next"];

        /// <summary><c>type: notify</c>.</summary>
        public static IReadOnlyList<string> Notify { get; } = [.. NodeCommon, "to", "message", "next"];

        /// <summary><c>type: call</c>.</summary>
        public static IReadOnlyList<string> Call { get; } = [.. NodeCommon, "matter", "inputs", "results", "next"];

        /// <summary><c>type: draw</c> (双随机抽取).</summary>
        public static IReadOnlyList<string> Draw { get; } = [.. NodeCommon, "entities", "inspectors", "next"];

        /// <summary><c>type: end</c>.</summary>
        public static IReadOnlyList<string> End { get; } = [.. NodeCommon, "result", "terminate"];

        /// <summary>The keys of each node type, by its <c>type</c> word.</summary>
        public static IReadOnlyDictionary<string, IReadOnlyList<string>> ByNodeType { get; } =
            new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
            {
                ["task"] = Task,
                ["applicant-task"] = ApplicantTask,
                ["parallel"] = Parallel,
                ["join"] = Join,
                ["decision"] = Decision,
                ["timer"] = Timer,
                ["document"] = DocumentNode,
                ["notify"] = Notify,
                ["call"] = Call,
                ["draw"] = Draw,
                ["end"] = End,
            };
    }
}
