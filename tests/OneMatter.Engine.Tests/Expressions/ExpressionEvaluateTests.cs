using OneMatter.Engine.Expressions;

namespace OneMatter.Engine.Tests.Expressions;

public sealed class ExpressionEvaluateTests
{
    [Theory]
    [InlineData("form.floor_area > 200", true)]
    [InlineData("form.floor_area > 300", false)]
    [InlineData("form.floor_area >= 250", true)]
    [InlineData("form.floor_area == 250", true)]
    [InlineData("form.floor_area < 250.5", true)]
    [InlineData("form.storeys == 2", true)]
    [InlineData("form.storeys * 100 < form.floor_area", true)]
    [InlineData("form.storeys != 3", true)]
    public void IsTrue_NumberComparisons_CompareDecimalsAndIntegers(string source, bool expected) =>
        Assert.Equal(expected, Scopes.Compile(source).IsTrue(Scopes.RuralHousing()));

    [Theory]
    [InlineData("form.township == \"江山镇\"", true)]
    [InlineData("form.township == '江山镇'", true)]
    [InlineData("form.township != \"峡口镇\"", true)]
    [InlineData("form.applicant_name == \"李四\"", false)]
    [InlineData("string.contains form.township \"江山\"", true)]
    [InlineData("(form.applicant_name | string.size) == 2", true)]
    public void IsTrue_StringComparisons_CompareText(string source, bool expected) =>
        Assert.Equal(expected, Scopes.Compile(source).IsTrue(Scopes.RuralHousing()));

    [Theory]
    [InlineData("form.first_home", true)]
    [InlineData("!form.first_home", false)]
    [InlineData("form.first_home && form.storeys < 3", true)]
    [InlineData("form.first_home == false || form.storeys > 2", false)]
    [InlineData("form.note == null", true)]
    public void IsTrue_BooleanLogic_Works(string source, bool expected) =>
        Assert.Equal(expected, Scopes.Compile(source).IsTrue(Scopes.RuralHousing()));

    [Theory]
    [InlineData("pass", true)]
    [InlineData("fail", false)]
    public void IsTrue_NestedNodeOutcome_DecidesTheGuard(string outcome, bool expected)
    {
        Expression guard = Scopes.Compile("form.floor_area > 200 && nodes.land.outcome == \"pass\"");

        Assert.Equal(expected, guard.IsTrue(Scopes.RuralHousing(landOutcome: outcome)));
    }

    [Fact]
    public void Evaluate_IndexerWithStringKey_ReadsNestedFields() =>
        Assert.Equal(120.5m, Scopes.Compile("nodes[\"land\"].fields.area").Evaluate(Scopes.RuralHousing()));

    [Fact]
    public void Evaluate_ListFunctions_ReadTheCallersList()
    {
        Expression rooms = Scopes.Compile("array.size form.rooms");

        Assert.Equal(3, rooms.Evaluate(Scopes.RuralHousing()));
    }

    [Fact]
    public void Evaluate_ForLoopAndLocalVariables_Work()
    {
        Expression joined = Scopes.Compile("text = ''; for r in form.rooms; text = text + r; end; text");

        Assert.Equal("堂屋卧室厨房", joined.Evaluate(Scopes.RuralHousing()));
    }

    [Fact]
    public void Evaluate_ObjectResult_ComesBackAsTheCallersDictionary()
    {
        object? land = Scopes.Compile("nodes.land").Evaluate(Scopes.RuralHousing());

        var fields = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(land);
        Assert.Equal("pass", fields["outcome"]);
    }

    [Fact]
    public void Evaluate_BuiltArray_ComesBackAsAList()
    {
        object? list = Scopes.Compile("[1, 'a', true]").Evaluate(ExpressionScope.Empty);

        Assert.Equal(new object?[] { 1, "a", true }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(list));
    }

    [Fact]
    public void Evaluate_DecimalLiteral_StaysExact() =>
        Assert.Equal(0.3m, Scopes.Compile("0.1 + 0.2").Evaluate(ExpressionScope.Empty));

    [Fact]
    public void IsTrue_NonBooleanResult_FailsSayingWhatItGave()
    {
        Expression notAGuard = Scopes.Compile("form.township");

        var error = Assert.Throws<ExpressionEvaluationException>(() => notAGuard.IsTrue(Scopes.RuralHousing()));

        Assert.Contains("must give true or false", error.Message, StringComparison.Ordinal);
        Assert.Contains("江山镇", error.Message, StringComparison.Ordinal);
        Assert.Contains("form.township", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsTrue_NumberResult_IsAnErrorNotTruthy()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => Scopes.Compile("form.storeys").IsTrue(Scopes.RuralHousing()));

        Assert.Contains("gave the number 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsTrue_NullResult_IsAnErrorNotFalse()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => Scopes.Compile("form.note").IsTrue(Scopes.RuralHousing()));

        Assert.Contains("null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RuntimeTypeError_NamesTheExpressionAndPosition()
    {
        Expression bad = Scopes.Compile("form.floor_area > 1 && form.rooms.size / 'x' > 1");

        var error = Assert.Throws<ExpressionEvaluationException>(() => bad.Evaluate(Scopes.RuralHousing()));

        Assert.Contains(bad.Source, error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
        Assert.NotNull(error.Column);
    }
}
