namespace OneMatter.Engine.Tests.Matters;

/// <summary>The 16 matters of the catalogue besides rural housing (docs/matters/*.md), by family.</summary>
public static class Catalogue
{
    public static readonly string[] Approval = ["restaurant-opening", "enterprise-change", "after-death"];

    public static readonly string[] Enforcement =
    [
        "illegal-parking", "illegal-construction", "market-day", "joint-inspection",
        "water-supervision", "ebike-supervision", "construction-waste", "cooking-fumes",
    ];

    public static readonly string[] Dispute = ["dispute-mediation", "wage-arrears"];

    public static readonly string[] Safety = ["rental-safety", "gas-safety", "forest-fire"];

    public static IEnumerable<string> All => [.. Approval, .. Enforcement, .. Dispute, .. Safety];

    public static TheoryData<string> AllMatters => new(All);
    public static TheoryData<string> ApprovalMatters => new(Approval);
    public static TheoryData<string> EnforcementMatters => new(Enforcement);
    public static TheoryData<string> DisputeMatters => new(Dispute);
    public static TheoryData<string> SafetyMatters => new(Safety);
}
