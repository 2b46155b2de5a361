using Jint;
using Jint.Native;
using Jint.Runtime.Interop;

namespace Sluice.Core.Scripting;

/// <summary>Learns when a Promise the script returned settles, through the engine's own
/// <c>Promise.prototype.then</c> (taken before the script ran, so the script cannot replace it),
/// since the engine does not expose a Promise's state.</summary>
internal sealed class PromiseSettlement
{
    private PromiseSettlement()
    {
    }

    /// <summary>True once the Promise fulfilled or rejected.</summary>
    public bool IsSettled { get; private set; }

    /// <summary>True when it rejected.</summary>
    public bool IsRejected { get; private set; }

    /// <summary>What it fulfilled or rejected with.</summary>
    public JsValue Value { get; private set; } = JsValue.Undefined;

    /// <summary>The engine's <c>Promise.prototype.then</c>, read before the script runs.</summary>
    public static JsValue IntrinsicThen(Engine engine) => engine.GetValue("Promise").Get("prototype").Get("then");

    /// <summary>Watches <paramref name="promise"/>; the answer arrives as the engine processes its jobs.</summary>
    public static PromiseSettlement Watch(Engine engine, JsValue then, JsValue promise)
    {
        var settlement = new PromiseSettlement();
        var onFulfilled = new ClrFunction(engine, "", (_, arguments) => settlement.Settle(rejected: false, arguments));
        var onRejected = new ClrFunction(engine, "", (_, arguments) => settlement.Settle(rejected: true, arguments));
        engine.Call(then, promise, [onFulfilled, onRejected]);
        return settlement;
    }

    private JsValue Settle(bool rejected, JsValue[] arguments)
    {
        IsSettled = true;
        IsRejected = rejected;
        Value = arguments.Length > 0 ? arguments[0] : JsValue.Undefined;
        return JsValue.Undefined;
    }
}
