using FluentValidation;
using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Thuiszitters.Queries.GeefThuiszittertelling;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Thuiszitters.Queries.ExporteerThuiszittertelling;

public sealed class ExporteerThuiszittertellingHandler(IApplicationDbContext db, TimeProvider klok)
    : IQueryHandler<ExporteerThuiszittertellingQuery, Result<ThuiszittertellingDto>>
{
    public async ValueTask<Result<ThuiszittertellingDto>> Handle(ExporteerThuiszittertellingQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await Thuiszittertelling.StelOpAsync(db, query.Peildatum, klok, cancellationToken).ConfigureAwait(false);
    }
}

public sealed class ExporteerThuiszittertellingValidator : AbstractValidator<ExporteerThuiszittertellingQuery>
{
    public ExporteerThuiszittertellingValidator() => RuleFor(q => q.Peildatum).MoetPeildatumZijn();
}
