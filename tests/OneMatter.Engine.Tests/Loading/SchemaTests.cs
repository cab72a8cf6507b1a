using System.Text.Json.Nodes;
using Json.Schema;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Loading;
using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Tests.Loading;

/// <summary>Keeps <c>workflows/schema.json</c> (editor completion and checks) in step with what
/// the loader accepts: the same keys per element, the same words per closed set.</summary>
public sealed class SchemaTests
{
    private static readonly Lazy<JsonObject> Raw = new(() =>
        JsonNode.Parse(File.ReadAllText(Repository.Schema))!.AsObject());

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Repository.Schema)));

    private static JsonObject Def(string name) => Raw.Value["$defs"]![name]!.AsObject();

    private static SortedSet<string> Properties(JsonObject schema) =>
        new(schema["properties"]!.AsObject().Select(p => p.Key), StringComparer.Ordinal);

    /// <summary>The properties of the object alternatives of a oneOf (assignee, outcome, branch).</summary>
    private static SortedSet<string> ObjectAlternatives(JsonObject schema) =>
        new(schema["oneOf"]!.AsArray()
            .Select(a => a!.AsObject())
            .Where(a => a.ContainsKey("properties"))
            .SelectMany(a => a["properties"]!.AsObject().Select(p => p.Key)), StringComparer.Ordinal);

    private static SortedSet<string> Enum(JsonNode? node) =>
        new(node!["enum"]!.AsArray().Select(v => v!.GetValue<string>()), StringComparer.Ordinal);

    private static SortedSet<string> Set(IEnumerable<string> words) => new(words, StringComparer.Ordinal);

    public static TheoryData<string, string> Elements => new()
    {
        { "FormField", "field" },
        { "FieldOption", "option" },
        { "Document", "document" },
        { "EscalationRule", "escalationRule" },
        { "Timeout", "timeout" },
        { "Condition", "condition" },
    };

    [Fact]
    public void Schema_IsAValidDraft202012Schema()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Raw.Value["$schema"]!.GetValue<string>());
        var meta = MetaSchemas.Draft202012.Evaluate(System.Text.Json.JsonSerializer.SerializeToElement(Raw.Value),
            new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(meta.IsValid, Describe(meta));
        Assert.NotNull(Schema.Value);
    }

    [Fact]
    public void MatterKeys_EqualSchemaTopLevelProperties()
    {
        Assert.Equal(Set(DefinitionParser.Keys.Matter), Properties(Raw.Value));
        Assert.False(Raw.Value["additionalProperties"]!.GetValue<bool>());
    }

    [Theory]
    [MemberData(nameof(Elements))]
    public void ElementKeys_EqualSchemaProperties(string element, string definition)
    {
        var keys = (IReadOnlyList<string>)typeof(DefinitionParser.Keys).GetProperty(element)!.GetValue(null)!;
        Assert.Equal(Set(keys), Properties(Def(definition)));
        Assert.False(Def(definition)["additionalProperties"]!.GetValue<bool>());
    }

    [Fact]
    public void ShorthandElements_EqualTheirSchemaObjectAlternatives()
    {
        Assert.Equal(Set(DefinitionParser.Keys.Assignee), ObjectAlternatives(Def("assignee")));
        Assert.Equal(Set(DefinitionParser.Keys.Outcome), ObjectAlternatives(Def("outcome")));
        Assert.Equal(Set(DefinitionParser.Keys.Branch), ObjectAlternatives(Def("branch")));
    }

    [Fact]
    public void NodeKeys_EqualSchemaPropertiesOfEachNodeType()
    {
        Assert.Equal(Set(DefinitionParser.Words.NodeType), Set(DefinitionParser.Keys.ByNodeType.Keys));
        Assert.Equal(Set(DefinitionParser.Words.NodeType), Enum(Def("node")["properties"]!["type"]));
        foreach (var (type, keys) in DefinitionParser.Keys.ByNodeType)
        {
            var kind = Def("node-" + type);
            Assert.Equal(Set(keys), Properties(kind));
            Assert.Equal(type, kind["properties"]!["type"]!["const"]!.GetValue<string>());
            Assert.False(kind["additionalProperties"]!.GetValue<bool>());
        }
        var dispatched = Def("node")["allOf"]!.AsArray()
            .Select(rule => rule!["if"]!["properties"]!["type"]!["const"]!.GetValue<string>());
        Assert.Equal(Set(DefinitionParser.Words.NodeType), Set(dispatched));
    }

    [Fact]
    public void SchemaEnums_EqualTheWordsTheParserAccepts()
    {
        Assert.Equal(Set(DefinitionParser.Words.Family.Keys), Enum(Raw.Value["properties"]!["family"]));
        Assert.Equal(Set(DefinitionParser.Words.FieldType.Keys), Enum(Def("field")["properties"]!["type"]));
        Assert.Equal(Set(DefinitionParser.Words.Level.Keys), Enum(Def("field")["properties"]!["level"]));
        Assert.Equal(Set(DefinitionParser.Words.EscalationAction.Keys), Enum(Def("escalationRule")["properties"]!["do"]));
        Assert.Equal(Set(DefinitionParser.Words.Sign.Keys), Enum(Def("node-task")["properties"]!["sign"]));
        Assert.Equal(Set(DefinitionParser.Words.JoinMode.Keys), Enum(Def("node-join")["properties"]!["mode"]));
        Assert.Equal(Set(DefinitionParser.Words.Result.Keys), Enum(Def("node-end")["properties"]!["result"]));
        Assert.Equal(Set(DefinitionParser.Words.Result.Keys), Enum(Def("node-call")["properties"]!["results"]!["propertyNames"]));
        Assert.Equal(Set(DefinitionParser.Words.NotifyTarget), Enum(Def("node-notify")["properties"]!["to"]!["anyOf"]![0]));
    }

    [Fact]
    public void ParserWords_CoverEveryEnumMember()
    {
        Assert.Equal(System.Enum.GetValues<MatterFamily>(), DefinitionParser.Words.Family.Values.Order());
        Assert.Equal(System.Enum.GetValues<FieldType>(), DefinitionParser.Words.FieldType.Values.Order());
        Assert.Equal(System.Enum.GetValues<JoinMode>(), DefinitionParser.Words.JoinMode.Values.Order());
        Assert.Equal(System.Enum.GetValues<EndResult>(), DefinitionParser.Words.Result.Values.Order());
        Assert.Equal(System.Enum.GetValues<EscalationAction>(), DefinitionParser.Words.EscalationAction.Values.Order());
        Assert.Equal(System.Enum.GetValues<OrgLevel>(), DefinitionParser.Words.Level.Values.Order());
        // Single is the absence of `sign`, never written.
        Assert.Equal(System.Enum.GetValues<SignMode>().Where(m => m != SignMode.Single), DefinitionParser.Words.Sign.Values.Order());
        Assert.Equal("id-card", DefinitionParser.Words.Of(FieldType.IdCard));
    }

    [Fact]
    public void ShippedDefinitions_MatchTheSchema()
    {
        foreach (var file in Repository.Definitions)
        {
            var result = Schema.Value.Evaluate(YamlJson.Convert(File.ReadAllText(file)),
                new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, $"{file}:\n{Describe(result)}");
        }
    }

    [Fact]
    public void ValidSamples_MatchTheSchema()
    {
        foreach (var (name, text) in Samples.Valid)
        {
            var result = Schema.Value.Evaluate(YamlJson.Convert(text), new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, $"{name}:\n{Describe(result)}");
        }
    }

    [Theory]
    [InlineData("family: aproval", "/family")]
    [InlineData("colour: red", "")]
    [InlineData("deadline: 3 weeks", "/deadline")]
    public void Schema_RejectsWhatTheParserRejects(string line, string location)
    {
        var text = Samples.Minimal.Replace("family: approval", line.StartsWith("family", StringComparison.Ordinal) ? line : "family: approval\n" + line, StringComparison.Ordinal);
        var result = Schema.Value.Evaluate(YamlJson.Convert(text), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.False(result.IsValid);
        Assert.Contains(result.Details ?? [], d => !d.IsValid && d.InstanceLocation.ToString() == location);
    }

    private static string Describe(EvaluationResults results) =>
        string.Join('\n', (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"  {d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}")));
}
