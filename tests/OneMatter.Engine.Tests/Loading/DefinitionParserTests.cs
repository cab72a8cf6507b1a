using OneMatter.Engine.Definitions;
using OneMatter.Engine.Loading;

namespace OneMatter.Engine.Tests.Loading;

public sealed class DefinitionParserTests
{
    private static DefinitionLoadResult Load(string text, string file) => DefinitionLoader.Load(text, file, BrokenCorpus.Context);

    [Fact]
    public void MinimalDefinition_LoadsClean()
    {
        var result = Load(Samples.Minimal, "minimal.yaml");

        Assert.Empty(result.Errors);
        var definition = Assert.IsType<MatterDefinition>(result.Definition);
        Assert.Equal("minimal", definition.Id);
        Assert.Equal(1, definition.Version);
        Assert.Equal("cn-mainland", definition.Calendar);
        Assert.Equal(["accept", "done", "refused"], definition.Nodes.Keys);
        Assert.Equal(new SourceLocation("minimal.yaml", 8, 3), definition.Node("accept").Location);
    }

    [Fact]
    public void FullDefinition_LoadsCleanWithEveryFeature()
    {
        var result = Load(Samples.Full, "full.yaml");

        Assert.Empty(result.Errors);
        var d = result.Definition!;
        Assert.Equal(2, d.Version);
        Assert.Equal(MatterFamily.Approval, d.Family);
        Assert.Equal(["cs-natural-resources", "housing"], d.Partners);
        Assert.Equal(new Duration(15, DurationUnit.WorkingDays), d.Deadline);
        Assert.Equal("form.township", d.Jurisdiction!.Source);
        Assert.Equal(FieldType.IdCard, d.Field("id_number")!.Type);
        Assert.Equal("township", d.Field("township")!.Level);
        Assert.Equal(new DateOnly(2026, 1, 1), d.Field("planned_start")!.MinDate);
        Assert.Equal("Rebuild", d.Field("build_type")!.Options[1].LabelEn);
        Assert.False(d.Documents["permit"].ForApplicant);
        Assert.Equal([80, 100, 100, 150], d.Escalation.Select(r => r.Percent));
        Assert.Equal(EscalationAction.Reassign, d.Escalation[3].Action);

        var accept = Assert.IsType<TaskNode>(d.Node("accept"));
        Assert.Equal("申请受理", accept.Step);
        Assert.Equal("Application accepted", accept.StepEn);
        var territorial = Assert.IsType<JurisdictionAssignee>(accept.Assignee);
        Assert.Equal("service-window", territorial.UnitKind);
        Assert.Equal(["accept", "correct", "refuse"], accept.Outcomes.Select(o => o.Id));
        Assert.Equal(["receipt"], accept.Outcomes[0].Documents);
        Assert.Equal(50, Assert.Single(accept.Escalation!).Percent);
        Assert.Equal(new Duration(10, DurationUnit.WorkingDays), accept.Timeout!.After);

        var correction = Assert.IsType<ApplicantTaskNode>(d.Node("correction"));
        Assert.Equal(["site_plan", "floor_area"], correction.Fields);
        Assert.Equal("withdrawn", correction.Timeout!.Next);

        Assert.Equal("applicant", Assert.IsType<NotifyNode>(d.Node("tell")).To);
        Assert.Equal("review", Assert.IsType<DecisionNode>(d.Node("route")).Default);
        var review = Assert.IsType<ParallelNode>(d.Node("review"));
        Assert.Equal(["land", "housing", "village"], review.Branches.Select(b => b.Node));
        Assert.Equal("form.build_type == 'new'", review.Branches[1].When!.Source);
        Assert.Equal(new RoleAssignee("cs-natural-resources", "section-chief"), ((TaskNode)d.Node("land")).Assignee with { Location = SourceLocation.None });
        Assert.IsType<UserAssignee>(((TaskNode)d.Node("housing")).Assignee);
        var village = Assert.IsType<TaskNode>(d.Node("village"));
        Assert.Equal(SignMode.All, village.Sign);
        Assert.Equal(2, village.Signers.Count);
        Assert.Equal(new Duration(5, DurationUnit.WorkingDays), Assert.IsType<TimerNode>(d.Node("notice")).Duration);
        var join = Assert.IsType<JoinNode>(d.Node("review-done"));
        Assert.Equal((JoinMode.Count, 2, true), (join.Mode, join.Count, join.CancelRemaining));
        Assert.IsType<DeferredAssignee>(((TaskNode)d.Node("approve")).Assignee);
        Assert.Equal("permit", Assert.IsType<DocumentNode>(d.Node("issue")).Document);
        var call = Assert.IsType<CallNode>(d.Node("site-check"));
        Assert.Equal("issued", call.Results[EndResult.Approved]);
        Assert.Equal("form.applicant_name", call.Inputs["applicant_name"].Source);
        Assert.Equal(EndResult.Withdrawn, Assert.IsType<EndNode>(d.Node("withdrawn")).Result);
    }

    [Fact]
    public void OutcomeShorthand_MeansNext()
    {
        var d = Load(Samples.Full, "full.yaml").Definition!;

        var correct = ((TaskNode)d.Node("accept")).Outcome("correct")!;

        Assert.Equal("correction", correct.Next);
        Assert.Null(correct.Label);
        Assert.Null(correct.When);
        Assert.Empty(correct.Documents);
    }

    [Fact]
    public void AssigneeShorthand_IsAUnitId()
    {
        var d = Load(Samples.Minimal, "minimal.yaml").Definition!;

        var assignee = Assert.IsType<UnitAssignee>(((TaskNode)d.Node("accept")).Assignee);

        Assert.Equal("cs-service-window", assignee.Unit);
        Assert.Equal(new SourceLocation("minimal.yaml", 11, 15), assignee.Location);
    }

    [Fact]
    public void ConditionLocation_IsWhereTheExpressionTextStarts()
    {
        var result = Load(Samples.Full, "full.yaml");
        var d = result.Definition!;

        // quoted: one column after the quote; block scalar: the first line of the block
        var quoted = ((DecisionNode)d.Node("route")).Conditions[0].When;
        var block = ((TaskNode)d.Node("approve")).Outcome("approve")!.When!;

        Assert.Equal(result.SourceMap.LocateText("/nodes/route/conditions/0/when"), quoted.Location);
        Assert.Equal(result.SourceMap.Locate("/nodes/route/conditions/0/when").Column + 1, quoted.Location.Column);
        Assert.Equal(result.SourceMap.Locate("/nodes/approve/outcomes/approve/when").Line + 1, block.Location.Line);
    }

    [Fact]
    public void ExpressionError_InABlockScalar_PointsIntoTheBlock()
    {
        var text = Samples.Full.Replace("nodes.land.fields.area < 200", "nodes.land.fields.area < < 200", StringComparison.Ordinal);
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("area < <", StringComparison.Ordinal));

        var error = Assert.Single(Load(text, "full.yaml").Errors);

        Assert.Equal(line + 1, error.Line);
        Assert.Equal(lines[line].IndexOf("< 200", StringComparison.Ordinal) + 1, error.Column);
        Assert.Contains("invalid expression in \"when\" of outcome \"approve\" of task \"approve\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseAlone_DoesNotCheckReferences()
    {
        var text = Samples.Minimal.Replace("accept: done", "accept: nowhere", StringComparison.Ordinal);

        var parsed = DefinitionParser.Parse(text, "minimal.yaml");

        Assert.True(parsed.Success);
        Assert.NotEmpty(DefinitionValidator.Validate(parsed.Definition!, LoadContext.None, parsed.SourceMap));
    }

    [Fact]
    public void ManyErrors_AreAllReportedAtOnce()
    {
        const string text = """
            id: Many_Errors
            name: 多错
            family: aproval
            lead: cs-agricultre
            colour: red
            deadline: 3 weeks
            escalation:
              - { at: 80, do: warn }
            form:
              - { id: area, label: 面积, type: integer }
              - { id: area, label: 面积 }
            start: acept
            nodes:
              accept:
                type: task
                name: 受理
                assignee: cs-service-windw
                deadlin: 1 working day
                outcomes: { ok: reviw, no: done }
              review: { type: tsk, name: 审查 }
              route: { type: decision, name: 分流, default: done }
              done: { type: end, name: 办结, result: approve }
            """;

        var errors = Load(text, "many-errors.yaml").Errors;

        string[] expected =
        [
            "1:5: invalid matter id \"Many_Errors\"",
            "1:5: matter id \"Many_Errors\" does not match the file name",
            "1:1: missing required key \"name-en\" in the definition",
            "3:9: unknown family \"aproval\"",
            "4:7: lead \"cs-agricultre\" is neither a unit nor a unit kind in the org directory (did you mean \"cs-agriculture\"?)",
            "5:1: unknown key \"colour\"",
            "6:11: invalid \"deadline\" in the definition",
            "8:11: \"at\" of escalation rule 1",
            "10:34: unknown type \"integer\"",
            "11:11: form field \"area\" is declared twice",
            "12:8: the start node \"acept\" does not exist; did you mean \"accept\"?",
            "17:15: unit \"cs-service-windw\" is not in the org directory (did you mean \"cs-service-window\"?)",
            "18:5: unknown key \"deadlin\" in task \"accept\"; did you mean \"deadline\"?",
            "19:21: outcome \"ok\" of task \"accept\" leads to node \"reviw\", which does not exist; did you mean \"review\"?",
            "20:19: unknown type \"tsk\" in node \"review\"; did you mean \"task\"?",
            "21:3: decision \"route\" has no conditions",
            "22:40: unknown result \"approve\"",
        ];
        var actual = errors.Select(e => $"{e.Line}:{e.Column}: {e.Message}").ToList();
        Assert.All(expected, x => Assert.Contains(actual, a => a.StartsWith(x, StringComparison.Ordinal)));
        Assert.Equal(expected.Length, actual.Count);
        Assert.Equal(actual.OrderBy(a => int.Parse(a.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture)), actual);
    }

    [Fact]
    public void LeadMayBeAUnitKind()
    {
        var text = Samples.Minimal.Replace("lead: cs-agriculture", "lead: agriculture", StringComparison.Ordinal);

        Assert.Empty(Load(text, "minimal.yaml").Errors);
    }

    [Fact]
    public void AnchorsAndAliases_AreResolved()
    {
        var text = Samples.Minimal
            .Replace("assignee: cs-service-window", "assignee: &window cs-service-window", StringComparison.Ordinal)
            .Replace("  done: {", "  check:\n    type: task\n    name: 复核\n    assignee: *window\n    outcomes: { ok: done }\n  done: {", StringComparison.Ordinal)
            .Replace("accept: done,", "accept: check,", StringComparison.Ordinal);

        var result = Load(text, "minimal.yaml");

        Assert.Empty(result.Errors);
        Assert.Equal("cs-service-window", ((UnitAssignee)((TaskNode)result.Definition!.Node("check")).Assignee).Unit);
    }

    [Fact]
    public void StepEn_IsReadBesideStepInBothStyles_AndNullWhenAbsent()
    {
        var text = Samples.Minimal
            .Replace("    name: 受理\n", "    name: 受理\n    step: 申请受理\n    step-en: Application accepted\n", StringComparison.Ordinal)
            .Replace("done: { type: end, name: 办结,", "done: { type: end, name: 办结, step: 办结, step-en: Completed,", StringComparison.Ordinal)
            .Replace("refused: { type: end, name: 不予受理,", "refused: { type: end, name: 不予受理, step: 申请受理,", StringComparison.Ordinal);

        var result = Load(text, "minimal.yaml");

        Assert.Empty(result.Errors);
        var d = result.Definition!;
        Assert.Equal(("申请受理", "Application accepted"), (d.Node("accept").Step, d.Node("accept").StepEn));
        Assert.Equal(("办结", "Completed"), (d.Node("done").Step, d.Node("done").StepEn));
        Assert.Equal("申请受理", d.Node("refused").Step);
        Assert.Null(d.Node("refused").StepEn);
    }

    [Fact]
    public void CrLfLineEndings_LoadAndCountLinesTheSame()
    {
        var result = Load(Samples.Minimal.Replace("\n", "\r\n", StringComparison.Ordinal), "minimal.yaml");

        Assert.Empty(result.Errors);
        Assert.Equal(8, result.Definition!.Node("accept").Location.Line);
    }
}
