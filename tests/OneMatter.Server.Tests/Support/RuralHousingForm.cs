namespace OneMatter.Server.Tests.Support;

/// <summary>A complete, valid rural-housing application for Baishi village.</summary>
internal static class RuralHousingForm
{
    public static Dictionary<string, string?> Valid() => new()
    {
        ["applicant_name"] = "张三",
        ["id_number"] = "330822198001010011",
        ["phone"] = "13800138000",
        ["township"] = "baishi",
        ["village"] = "baishi-baishi",
        ["household_size"] = "4",
        ["build_type"] = "new",
        ["plot_area"] = "120",
        ["floors"] = "2",
        ["planned_start"] = "2026-12-20",
        ["household_register"] = "hukou.pdf",
        ["id_copies"] = "ids.pdf",
        ["site_plan"] = "plan.pdf",
    };
}
