import '@xyflow/react/dist/style.css';
import './designer.css';
import { App } from 'antd';
import { Route, Routes } from 'react-router-dom';
import { DefinitionList } from './DefinitionList';
import { DefinitionEditorPage } from './editor/DefinitionEditorPage';

/** The designer face, under /designer/*: the definitions list, and one definition open at
 * /designer/{id}. */
export default function DesignerPage() {
  return (
    <App className="om-designer-app">
      <Routes>
        <Route index element={<DefinitionList />} />
        <Route path=":id" element={<DefinitionEditorPage />} />
      </Routes>
    </App>
  );
}
