namespace PassendOnderwijs.Application.Common.Contract;

/// <summary>
/// Says that a string (or list of strings) in a message, DTO or request carries a code of the domain's code list for
/// <typeparamref name="T"/> (its <c>Codelijst&lt;T&gt;</c>, e.g. <c>ArrangementStatusCodes.Lijst</c>). The wire format stays
/// a string; the contract turns the field into a named enum with the codes of that list, so that generated clients get
/// a typed value instead of any string, and the list is written down once, in the domain.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class CodeUitAttribute<T> : Attribute, ICodeUit
    where T : struct, Enum
{
    public Type Codelijst => typeof(T);
}

/// <summary>The enum whose code list a field carries; read by the contract generator.</summary>
public interface ICodeUit
{
    Type Codelijst { get; }
}

/// <summary>
/// Says that a list of strings carries scopes of <see cref="Autorisatie.Scopes"/> (one per data service); the contract
/// turns each element into the enum of those scopes.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class ScopeCodesAttribute : Attribute, ICodeUit
{
    public Type Codelijst => typeof(Autorisatie.Scopes);
}
