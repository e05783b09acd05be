using System.Diagnostics;

namespace BudgetGraph.Api.Tests.Dashboard;

/// <summary>
/// Screenshots of the dashboard are only worth looking at with Chinese glyphs, not boxes: Debian's fonts-noto-cjk
/// must be installed (the test command installs it with Chromium). Asks fontconfig for a font covering Chinese.
/// </summary>
public static class CjkFonts
{
    public static void AssertInstalled()
    {
        string families;
        try
        {
            using var process = Process.Start(new ProcessStartInfo("fc-list", [":lang=zh", "family"]) { RedirectStandardOutput = true })!;
            families = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            families = "";
        }
        Assert.True(families.Contains("CJK", StringComparison.Ordinal),
            "No Chinese font is installed: `apt-get install -y fonts-noto-cjk` (the test command does it), or screenshots show boxes.");
    }
}
