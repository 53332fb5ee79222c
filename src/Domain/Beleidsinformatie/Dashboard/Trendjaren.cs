using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Domain.Beleidsinformatie.Dashboard;

/// <summary>The school years a trend shows: the chosen year and the ones before it, oldest first.</summary>
public static class Trendjaren
{
    /// <summary>Four years: enough to see a direction, few enough to read in one chart.</summary>
    public const int Aantal = 4;

    public static IReadOnlyList<Schooljaar> Tot(Schooljaar laatste, int aantal = Aantal)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(aantal, 1);
        var eerste = Math.Max(laatste.Beginjaar - aantal + 1, Schooljaar.EerstToegestaneBeginjaar);
        return [.. Enumerable.Range(eerste, laatste.Beginjaar - eerste + 1).Select(Schooljaar.Van)];
    }
}
