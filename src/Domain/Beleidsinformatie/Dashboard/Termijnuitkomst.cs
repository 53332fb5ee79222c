namespace PassendOnderwijs.Domain.Beleidsinformatie.Dashboard;

/// <summary>How a statutory term (an OPP vastgesteld within 6 weeks, evaluated every school year) turned out.</summary>
public enum Termijnuitkomst
{
    /// <summary>Met on or before its last day.</summary>
    OpTijd,

    /// <summary>Met after its last day, or not met while its last day has passed.</summary>
    TeLaat,

    /// <summary>Not met yet, and its last day has not passed.</summary>
    Lopend,
}

public static class Termijnuitkomsten
{
    /// <summary>
    /// Judges a term by the dates the Termijnen record stores (its last day and the Dutch date it was met), not by the
    /// term's phase: the phase only turns "verlopen" when the daily watch ran, so a late closing can still read "gehaald".
    /// </summary>
    public static Termijnuitkomst Beoordeel(DateOnly uiterlijk, DateOnly? gehaaldOp, DateOnly vandaag) => gehaaldOp switch
    {
        { } op when op <= uiterlijk => Termijnuitkomst.OpTijd,
        not null => Termijnuitkomst.TeLaat,
        null when vandaag > uiterlijk => Termijnuitkomst.TeLaat,
        null => Termijnuitkomst.Lopend,
    };

    public static string Code(this Termijnuitkomst uitkomst) => uitkomst switch
    {
        Termijnuitkomst.OpTijd => "op-tijd",
        Termijnuitkomst.TeLaat => "te-laat",
        _ => "lopend",
    };

    public static string Label(this Termijnuitkomst uitkomst) => uitkomst switch
    {
        Termijnuitkomst.OpTijd => "Op tijd",
        Termijnuitkomst.TeLaat => "Te laat",
        _ => "Loopt nog",
    };
}
