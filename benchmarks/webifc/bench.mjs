// web-ifc as a peer of fmdesk's loader: open MODEL and produce every mesh with its triangles
// (vertices and indices copied out of the WebAssembly heap, as a viewer must), one JSON line.
// Run by benchmarks/open_model.py; `npm install` in this folder first (node_modules is ignored).
import { readFileSync } from "node:fs";
import * as WebIFC from "web-ifc";

const path = process.argv[2];
const forceSingleThread = process.argv.includes("--single-thread");
let peak = 0;
const sample = () => { peak = Math.max(peak, process.memoryUsage().rss); };
const timer = setInterval(sample, 50);
const started = performance.now();
const api = new WebIFC.IfcAPI();
await api.Init(undefined, forceSingleThread);
const data = readFileSync(path);
const modelID = api.OpenModel(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), {
  COORDINATE_TO_ORIGIN: false,
});
const opened = performance.now();
let meshes = 0, triangles = 0, vertices = 0, firstMesh = null;
api.StreamAllMeshes(modelID, (mesh) => {
  const placed = mesh.geometries;
  for (let i = 0; i < placed.size(); i++) {
    const geometry = api.GetGeometry(modelID, placed.get(i).geometryExpressID);
    const verts = api.GetVertexArray(geometry.GetVertexData(), geometry.GetVertexDataSize());
    const index = api.GetIndexArray(geometry.GetIndexData(), geometry.GetIndexDataSize());
    vertices += verts.length / 6;
    triangles += index.length / 3;
    geometry.delete();
  }
  meshes += 1;
  if (firstMesh === null) firstMesh = performance.now() - started;
});
const total = performance.now() - started;
sample();
clearInterval(timer);
api.CloseModel(modelID);
console.log(JSON.stringify({
  open_s: (opened - started) / 1000, total_s: total / 1000, first_mesh_s: firstMesh / 1000,
  meshes, triangles, vertices, peak_mb: peak / 1048576,
  version: api.GetVersion ? api.GetVersion() : "", single_thread: forceSingleThread,
}));
