"""The guided leak flow (漏水处置): one dialog, one clear screen per step."""
