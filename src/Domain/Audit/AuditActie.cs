namespace PassendOnderwijs.Domain.Audit;

/// <summary>What was done with the data an audit record is about.</summary>
public enum AuditActie
{
    Lezen,
    Aanmaken,
    Wijzigen,
    Verwijderen,
    Exporteren,

    /// <summary>Something delivered was refused (a hostile or invalid file): recorded without its content.</summary>
    Weigeren,
}
