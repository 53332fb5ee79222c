namespace PassendOnderwijs.Application.Common.Contract;

/// <summary>
/// The rule for each element of a list of strings, for the contract (DataAnnotations have none for elements): the
/// pattern and the maximum length the validator or the domain checks each element against, from the same constants.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class ElementenAttribute : Attribute
{
    public string? Patroon { get; init; }

    /// <summary>0 for no maximum.</summary>
    public int MaximaleLengte { get; init; }
}
