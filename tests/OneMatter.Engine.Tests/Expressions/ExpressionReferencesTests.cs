using OneMatter.Engine.Expressions;

namespace OneMatter.Engine.Tests.Expressions;

public sealed class ExpressionReferencesTests
{
    private static string[] Paths(string source) =>
        Scopes.Compile(source).References.Select(reference => reference.ToString()).ToArray();

    [Fact]
    public void References_Guard_ListsEveryPathWithItsPosition()
    {
        Expression guard = Scopes.Compile("form.floor_area > 200 && nodes.land.outcome == \"pass\"");

        Assert.Equal(
            [
                new VariableReference(["form", "floor_area"], 1, 1),
                new VariableReference(["nodes", "land", "outcome"], 1, 26),
            ],
            guard.References);
    }

    [Fact]
    public void References_StringIndexer_CountsAsMember() =>
        Assert.Equal(["nodes.land.fields.area"], Paths("nodes[\"land\"].fields.area"));

    [Fact]
    public void References_NumericOrComputedIndex_StopsThePathAndReadsTheIndex() =>
        Assert.Equal(["form.items", "nodes", "form.node_id"], Paths("form.items[0].price + nodes[form.node_id].outcome"));

    [Fact]
    public void References_Builtins_AreNotReferences() =>
        Assert.Equal(["form.name", "form.area"], Paths("string.upcase form.name | string.size > math.round form.area"));

    [Fact]
    public void References_ScriptOwnVariables_AreNotReferences() =>
        Assert.Equal(
            ["form.rooms", "form.limit"],
            Paths("total = 0; for r in form.rooms; total = total + r.area; end; func twice(x); ret x * 2; end; twice total > form.limit"));

    [Fact]
    public void References_SecondLine_HasItsLineAndColumn()
    {
        // A new line ends a statement in Scriban, so a multi-line expression is several statements.
        VariableReference reference = Scopes.Compile("ok = true\nok && instance.urgent").References.Single();

        Assert.Equal((2, 7), (reference.Line, reference.Column));
        Assert.Equal(["instance", "urgent"], reference.Path);
    }

    [Fact]
    public void References_ObjectLiteralKeysAndNamedArguments_AreNotReferences() =>
        Assert.Equal(["form.a"], Paths("{ key: form.a }.key"));

    [Fact]
    public void References_Template_ListsPathsInsideBlocks()
    {
        TextTemplate template = Scopes.CompileTemplate("{{ form.applicant_name }} 您好，\n{{ for n in nodes.list }}{{ n.name }}{{ end }}");

        Assert.Equal(
            ["form.applicant_name", "nodes.list"],
            template.References.Select(reference => reference.ToString()));
        Assert.Equal((2, 13), (template.References[1].Line, template.References[1].Column));
    }
}
