using System.Collections.Concurrent;
using OneMatter.Engine.Expressions;

namespace OneMatter.Engine.Tests.Expressions;

public sealed class ExpressionIsolationTests
{
    [Fact]
    public void Evaluate_AssignmentInOneEvaluation_DoesNotLeakIntoTheNext()
    {
        Assert.Equal(true, Scopes.Compile("leaked = 42; true").Evaluate(ExpressionScope.Empty));

        var error = Assert.Throws<ExpressionEvaluationException>(() => Scopes.Compile("leaked").Evaluate(ExpressionScope.Empty));

        Assert.Contains("leaked", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SameExpressionTwice_StartsFromScratchEachTime()
    {
        Expression assignThenRead = Scopes.Compile("n = form.storeys; n = n + 1; n");
        Assert.Equal(3, assignThenRead.Evaluate(Scopes.RuralHousing()));
        Assert.Equal(3, assignThenRead.Evaluate(Scopes.RuralHousing()));
    }

    [Fact]
    public void Evaluate_FunctionDefinedInOneEvaluation_IsGoneInTheNext()
    {
        Scopes.Compile("func helper; ret 1; end; true").Evaluate(ExpressionScope.Empty);

        Assert.Throws<ExpressionEvaluationException>(() => Scopes.Compile("helper").Evaluate(ExpressionScope.Empty));
    }

    [Fact]
    public void Evaluate_ShadowingAVariable_DoesNotChangeTheCallersValueOrTheNextEvaluation()
    {
        ExpressionScope scope = Scopes.RuralHousing();

        Assert.Equal(1, Scopes.Compile("form = 1; form").Evaluate(scope));

        Assert.Equal(250m, Scopes.Compile("form.floor_area").Evaluate(scope));
    }

    [Fact]
    public void Evaluate_AfterAFailedEvaluation_NextOneStartsClean()
    {
        Assert.Throws<ExpressionEvaluationException>(() => Scopes.Compile("left_over = 1; while true; end").Evaluate(ExpressionScope.Empty));

        Assert.True(Scopes.Compile("form.floor_area > 200").IsTrue(Scopes.RuralHousing()));
        Assert.Throws<ExpressionEvaluationException>(() => Scopes.Compile("left_over").Evaluate(ExpressionScope.Empty));
    }

    [Fact]
    public void Render_AfterAnHtmlRender_PlainRenderDoesNotEscape()
    {
        TextTemplate template = Scopes.CompileTemplate("{{ v }}");
        ExpressionScope scope = Scopes.Of("v", "<b>");

        Assert.Equal("&lt;b&gt;", template.Render(scope, htmlEscape: true));
        Assert.Equal("<b>", template.Render(scope, htmlEscape: false));
    }

    [Fact]
    public void Evaluate_SameExpressionFromManyThreads_GivesEachItsOwnResult()
    {
        Expression guard = Scopes.Compile("form.floor_area > 5000 && nodes.land.outcome == \"pass\"");
        Expression arithmetic = Scopes.Compile("x = form.floor_area; for i in 1..3; x = x + 1; end; x * 2");
        TextTemplate template = Scopes.CompileTemplate("{{ form.floor_area }}-{{ nodes.land.outcome }}");
        var failures = new ConcurrentBag<string>();

        // Four threads interleave enough to catch shared state; more only queue for the two cores
        // of CI, and an evaluation waiting that long for a core trips the sandbox's 200 ms deadline.
        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            string outcome = i % 3 == 0 ? "fail" : "pass";
            ExpressionScope scope = Scopes.RuralHousing(floorArea: i, landOutcome: outcome);
            bool expectedGuard = i > 5000 && outcome == "pass";
            if (guard.IsTrue(scope) != expectedGuard)
            {
                failures.Add($"guard {i}");
            }

            if (!Equals(arithmetic.Evaluate(scope), (i + 3m) * 2))
            {
                failures.Add($"arithmetic {i}");
            }

            if (template.Render(scope, htmlEscape: i % 2 == 0) != $"{i}-{outcome}")
            {
                failures.Add($"template {i}");
            }
        });

        Assert.Empty(failures);
    }
}
