using System.Diagnostics;
using OneMatter.Engine.Expressions;
using Scriban;
using Scriban.Parsing;

namespace OneMatter.Engine.Tests.Expressions;

public sealed class ExpressionSandboxTests
{
    [Fact]
    public void Evaluate_InfiniteWhileLoop_StopsWithLoopLimitError()
    {
        Expression endless = Scopes.Compile("while true; end; true");

        var error = Assert.Throws<ExpressionEvaluationException>(() => endless.Evaluate(ExpressionScope.Empty));

        Assert.Contains("loops may run at most 1000 times", error.Message, StringComparison.Ordinal);
        Assert.Contains("while true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NestedLoops_ShareOneBudget()
    {
        Expression nested = Scopes.Compile("n = 0; for i in 1..100; for j in 1..100; n = n + 1; end; end; n");

        var error = Assert.Throws<ExpressionEvaluationException>(() => nested.Evaluate(ExpressionScope.Empty));

        Assert.Contains("loop", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_EndlessRecursion_StopsWithDepthError()
    {
        Expression recursive = Scopes.Compile("func down(n); ret down(n + 1); end; down 0");

        var error = Assert.Throws<ExpressionEvaluationException>(() => recursive.Evaluate(ExpressionScope.Empty));

        Assert.Contains("at most 20 levels deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WorkWithinLimitsButTooSlow_StopsAtTheDeadline()
    {
        // About 3^18 calls, never deeper than 19 and without loops: only the deadline can stop it.
        Expression exponential = Scopes.Compile(
            "func fan(n); if n == 0; ret 1; end; ret fan(n - 1) + fan(n - 1) + fan(n - 1); end; fan 18");
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<ExpressionEvaluationException>(() => exponential.Evaluate(ExpressionScope.Empty));

        Assert.Contains("stopped after 200 ms", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Evaluate_MissingVariable_FailsWithItsName()
    {
        Expression guard = Scopes.Compile("form.floor_area > 1 && approvl_count > 2");

        var error = Assert.Throws<ExpressionEvaluationException>(() => guard.Evaluate(Scopes.RuralHousing()));

        Assert.Contains("approvl_count", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 24), (error.Line, error.Column));
    }

    [Fact]
    public void Evaluate_MissingMember_FailsWithItsName()
    {
        Expression guard = Scopes.Compile("nodes.land.outcom == 'pass'");

        var error = Assert.Throws<ExpressionEvaluationException>(() => guard.Evaluate(Scopes.RuralHousing()));

        Assert.Contains("`nodes.land` has no member `outcom`", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("form.GetType")]
    [InlineData("form.Count")]
    [InlineData("form.Keys")]
    [InlineData("form['GetType']")]
    [InlineData("form.township.Length")]
    [InlineData("form.floor_area.ToString")]
    [InlineData("form.rooms.Count")]
    [InlineData("form.rooms.GetType")]
    [InlineData("(1..3).GetEnumerator")]
    public void Evaluate_DotNetMember_IsNotReachable(string source)
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => Scopes.Compile(source).Evaluate(Scopes.RuralHousing()));

        Assert.Contains("has no member", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("form.start.Ticks")]
    [InlineData("form.start.Kind")]
    [InlineData("form.start.now")]
    [InlineData("(form.start - form.start).Ticks")]
    public void Evaluate_DotNetMemberOfDate_IsNotReachable(string source)
    {
        ExpressionScope scope = Scopes.Of("form", new Dictionary<string, object?> { ["start"] = new DateTime(2024, 5, 1) });

        Assert.Throws<ExpressionEvaluationException>(() => Scopes.Compile(source).Evaluate(scope));
    }

    [Theory]
    [InlineData("date.to_string day '%Z'")]
    [InlineData("day | date.to_string '%s'")]
    public void Evaluate_DateFormatThatReadsTheServerZone_Fails(string source)
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => Scopes.Compile(source).Evaluate(Scopes.Of("day", new DateTime(2024, 5, 1))));

        Assert.Contains("time zone", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_DateNowThroughAnAlias_Fails()
    {
        // The parser rejects `date.now` outright; this reaches it in a way the parser cannot see.
        Expression sneaky = Scopes.Compile("d = date; d.now");

        var error = Assert.Throws<ExpressionEvaluationException>(() => sneaky.Evaluate(ExpressionScope.Empty));

        Assert.Contains("`date.now` is not available", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("d = date; d.utc_now")]
    [InlineData("m = math; m.random 1 10")]
    [InlineData("m = math; m.uuid")]
    [InlineData("o = object; o.eval '1 + 1'")]
    public void Evaluate_NonDeterministicBuiltinThroughAnAlias_Fails(string source) =>
        Assert.Contains(
            "is not available",
            Assert.Throws<ExpressionEvaluationException>(() => Scopes.Compile(source).Evaluate(ExpressionScope.Empty)).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Parse_DateNow_Fails() =>
        Assert.Contains("`date.now` is not available", Assert.Single(Expression.Parse("date.now").Errors).Message, StringComparison.Ordinal);

    [Fact]
    public void Parse_Include_Fails() =>
        Assert.Contains("`include` is not available", Assert.Single(Expression.Parse("include 'x'").Errors).Message, StringComparison.Ordinal);

    [Fact]
    public void Evaluate_IncludeReachingTheRuntime_FailsWithoutLoadingAnything()
    {
        // Bypasses the parse-time check to prove the context itself refuses to load templates.
        Template raw = Template.Parse("include 'x'", lexerOptions: new LexerOptions { Mode = ScriptMode.ScriptOnly });

        var error = Assert.Throws<ExpressionEvaluationException>(() => Sandbox.Evaluate(raw, ExpressionScope.Empty, "include 'x'"));

        Assert.Contains("`include` is not available", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ChangingABuiltin_FailsAndDoesNotAffectLaterEvaluations()
    {
        ExpressionScope scope = Scopes.Of("day", new DateTime(2024, 5, 1));

        Assert.Throws<ExpressionEvaluationException>(() => Scopes.Compile("date.format = '%Y'").Evaluate(scope));
        Assert.Throws<ExpressionEvaluationException>(() => Scopes.Compile("string.upcase = 1").Evaluate(scope));

        Assert.Equal("2024年5月1日", Scopes.CompileTemplate("{{ day }}").Render(scope, htmlEscape: false));
    }

    [Fact]
    public void Evaluate_HugeString_FailsInsteadOfExhaustingMemory()
    {
        Expression huge = Scopes.Compile("'x' | string.pad_left 50000000");

        Assert.Throws<ExpressionEvaluationException>(() => huge.Evaluate(ExpressionScope.Empty));
    }
}
