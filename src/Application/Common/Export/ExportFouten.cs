using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Common.Export;

internal static class ExportFouten
{
    /// <summary>Refused before any row leaves the server, so the user filters rather than gets a cut-off file.</summary>
    public static Fout TeVeelRijen(int maximum) =>
        Fout.Ongeldig("te-veel-rijen", $"De export heeft meer dan {maximum} regels. Kies smallere filters en exporteer opnieuw.");
}
