using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Common.Contract;

/// <summary>
/// The expected failures a use case can end in, beyond invalid input and access (which every use case can meet, and
/// which the contract derives from the validators and the access rule). The contract declares a response for each, so
/// a generated client knows them; a test fails whenever an operation answers with a status its contract lacks.
/// </summary>
public interface IFaalwijzen
{
    IReadOnlyCollection<FoutSoort> Faalwijzen { get; }
}

/// <summary>The expected failures of this message's use case (see <see cref="IFaalwijzen"/>).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class KanFalenAttribute(params FoutSoort[] soorten) : Attribute, IFaalwijzen
{
    public IReadOnlyCollection<FoutSoort> Faalwijzen { get; } = soorten;
}
