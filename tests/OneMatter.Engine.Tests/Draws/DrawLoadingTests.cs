using OneMatter.Engine.Definitions;
using OneMatter.Engine.Loading;

namespace OneMatter.Engine.Tests.Draws;

/// <summary>The draw node in the loader: what it reads, and the shortages knowable from the
/// registers alone (the township filter needs a form, so that one waits for run time).</summary>
public sealed class DrawLoadingTests
{
    private static IReadOnlyList<string> Errors(string yaml) =>
        DefinitionLoader.Load(yaml, "draw-test.yaml", DrawRig.Context).Errors.Select(e => e.ToString()).ToList();

    [Fact]
    public void DrawNode_IsReadWithItsFiltersAndUnits()
    {
        var draw = Assert.IsType<DrawNode>(DrawRig.Default.Node("draw"));

        Assert.Equal("draw", draw.Kind);
        Assert.Equal(3, draw.Entities.Count);
        Assert.Equal(["manufacturing", "chemicals", "mining"], draw.Entities.Industries);
        Assert.Equal("form.area", draw.Entities.Area!.Source);
        Assert.Equal(5, draw.Inspectors.Count);
        Assert.Equal(["cs-enforcement", "cs-emergency", "cs-fire-rescue", "cs-ecology"], draw.Inspectors.Units);
        Assert.Equal(["check"], draw.Successors);
    }

    [Fact]
    public void MoreEntitiesThanTheRegisterHolds_IsALoadError()
    {
        // mining: 5 entities in the shipped register
        Assert.Equal(
            ["draw-test.yaml:13:24: draw \"draw\" draws 10 entities, but the register has only 5 in industries mining in the whole directory"],
            Errors(DrawRig.Yaml(10, "mining", 2, "cs-enforcement")));
    }

    [Fact]
    public void MoreInspectorsThanThePoolsHold_IsALoadError()
    {
        // cs-health has two inspectors
        Assert.Equal(
            ["draw-test.yaml:14:26: draw \"draw\" draws 5 inspectors, but the pools of cs-health hold only 2"],
            Errors(DrawRig.Yaml(1, "", 5, "cs-health")));
    }

    [Fact]
    public void AUnitWithoutAPool_IsALoadError()
    {
        Assert.Equal(
            ["draw-test.yaml:14:37: unit \"cs-tax\" of draw \"draw\" has no inspectors in the pool (执法检查人员名录)"],
            Errors(DrawRig.Yaml(1, "", 1, "cs-tax")));
    }

    [Fact]
    public void AnIndustryNobodyIsIn_IsALoadError_WithASuggestion()
    {
        Assert.Equal(
            ["draw-test.yaml:13:40: industry \"minning\" of draw \"draw\" has no entity in the register (市场主体名录); did you mean \"mining\"?"],
            Errors(DrawRig.Yaml(1, "minning", 1, "cs-ecology")));
    }

    [Fact]
    public void ShippedRandomInspection_Loads()
    {
        Assert.True(DrawRig.Workspace.Definitions.ContainsKey("random-inspection"), string.Join('\n', DrawRig.Workspace.Errors));
        Assert.IsType<DrawNode>(DrawRig.Workspace.Definitions["random-inspection"].Node("draw"));
    }
}
