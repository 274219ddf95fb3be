// The JIT need not zero the locals of every method on entry: C# assigns every local before it is read, and the
// recognizers' chains of struct alternatives ("a ?? b ?? c" over Nullable<Core>) each keep a temporary per
// alternative. Locals holding object references are still zeroed, as the GC requires.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
