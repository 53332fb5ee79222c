using Mediator;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Common.Invoer;

/// <summary>
/// A command that carries its request already read into typed input, by the one reader of its use case (for example
/// <c>ToekenningVerzoek.Lees</c>): the request is parsed once, where it enters. The pipeline reports the reader's
/// problems after the access check and before a transaction opens, together with any validator's, so a caller hears
/// of every problem at once; the handler (<see cref="InvoerHandler{TCommand,TInvoer,TResponse}"/>) only sees valid
/// input. Code that already holds typed values passes them as they are: a value converts to a successful Result.
/// </summary>
public interface IInvoerCommand<TInvoer, TResponse> : ICommand<Result<TResponse>>, IGelezenInvoer
{
    Result<TInvoer> Invoer { get; }

    IReadOnlyList<Fout> IGelezenInvoer.Invoerfouten => Invoer.Fouten;
}

/// <summary>What the validation behaviour needs of an <see cref="IInvoerCommand{TInvoer,TResponse}"/> without its types.</summary>
public interface IGelezenInvoer
{
    IReadOnlyList<Fout> Invoerfouten { get; }
}
