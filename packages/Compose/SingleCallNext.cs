namespace Koa;

/// <summary>
/// Marks the target of a <c>next</c> this package hands out (<c>next.Target is ISingleCallNext</c>): a delegate over
/// the state of one invocation of a composed chain, created for that invocation and never pooled or shared, whose
/// second call faults with <c>next() called multiple times</c>, never throws synchronously and never returns
/// <see langword="null"/>. A caller that would wrap such a <c>next</c> only to guard it the same way (the router's
/// chain of one handler) may hand it on as is.
/// </summary>
internal interface ISingleCallNext;
